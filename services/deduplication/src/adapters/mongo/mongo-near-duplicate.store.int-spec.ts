import { randomUUID } from 'node:crypto';
import { openMongoConnection } from '@newsflow/platform-mongo';
import { computeFingerprint, extractStoryFeatures } from '@newsflow/similarity';
import type { Connection } from 'mongoose';
import { toStoredFeatures } from '../../domain/stored-story-features';
import type { FingerprintRecord, StoredDecision } from '../../ports/fingerprint.index';
import { MongoDedupStateStore } from './mongo-dedup-state.store';
import { MongoFingerprintRetentionStore } from './mongo-fingerprint-retention.store';
import { MongoFingerprintIndex } from './mongo-fingerprint.index';
import { MongoStoryStore } from './mongo-story.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

const WIRE =
  'Dock workers at the Portuguese port of Sines walked off the job on Monday in a dispute over night shifts and pay, halting container traffic at the largest deep-water terminal on the Atlantic coast. The union said about 1,200 members had joined the strike.';

function record(articleId: string, text: string, window = 20_000): FingerprintRecord {
  return {
    articleId,
    window,
    fingerprint: computeFingerprint(text),
    features: toStoredFeatures(extractStoryFeatures(text)),
    sourceId: `${articleId}.example`,
    language: 'en',
    credit: 'AFP',
    ownAgency: null,
    title: `Title of ${articleId}`,
    paragraphs: [text],
    publishedAt: null,
    seenAt: 1_700_000_000_000,
  };
}

const DECISION: StoredDecision = {
  version: 1,
  verdict: 'unique',
  duplicateOf: null,
  similarity: null,
  containment: null,
  storyId: 'story:dec_1',
  wire: null,
};

describe('Mongo near-duplicate stores', () => {
  let connection: Connection;
  let index: MongoFingerprintIndex;
  let stories: MongoStoryStore;
  let retention: MongoFingerprintRetentionStore;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_neardup_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    index = new MongoFingerprintIndex(connection);
    stories = new MongoStoryStore(connection);
    const state = new MongoDedupStateStore(connection);
    retention = new MongoFingerprintRetentionStore(connection, index, state);
    await Promise.all([
      index.onModuleInit(),
      stories.onModuleInit(),
      retention.onModuleInit(),
      state.onModuleInit(),
    ]);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('round-trips a fingerprint bit for bit', async () => {
    const saved = record('rt_1', WIRE);
    await index.saveFingerprint(saved);
    const [loaded] = await index.loadFingerprints(['rt_1', 'missing']);
    expect(loaded?.fingerprint.shingles).toEqual(saved.fingerprint.shingles);
    expect(loaded?.fingerprint.signature).toEqual(saved.fingerprint.signature);
    expect(loaded?.features).toEqual(saved.features);
  });

  it('lets every pair of racing copies in one bucket see each other from at least one side', async () => {
    const copies = Array.from({ length: 16 }, (_, i) => record(`race_${i}`, `${WIRE} Copy ${i}.`));
    await Promise.all(copies.map((copy) => index.saveFingerprint(copy)));
    const windows = { write: [20_000, 20_001, 20_002], read: [20_000, 20_001] };
    const seen = await Promise.all(copies.map((copy) => index.addToBuckets(copy, windows)));
    const sees = (i: number, j: number) => seen[i]?.includes(`race_${j}`) ?? false;
    for (let i = 0; i < copies.length; i += 1) {
      for (let j = i + 1; j < copies.length; j += 1) expect(sees(i, j) || sees(j, i)).toBe(true);
    }
    // Redelivery: joining again meets every other copy and nothing else.
    const again = await index.addToBuckets(copies[0] as FingerprintRecord, windows);
    expect(again).toHaveLength(copies.length - 1);
  });

  it('meets an earlier article in the next window it wrote, and nobody in windows it did not', async () => {
    // Windows of 3 days named by their first day, as bucketWindows makes them.
    const older = record('old_1', `${WIRE} Older.`, 19_990);
    await index.addToBuckets(older, { write: [19_989, 19_992], read: [19_989, 19_992] });
    const next = { write: [19_992, 19_995], read: [19_992, 19_995] };
    expect(await index.addToBuckets(record('new_1', `${WIRE} Newer.`, 19_993), next)).toContain(
      'old_1',
    );
    const late = { write: [19_995, 19_998], read: [19_995, 19_998] };
    expect(await index.addToBuckets(record('new_2', `${WIRE} Late.`, 19_996), late)).not.toContain(
      'old_1',
    );
  });

  it('claims each article into one story, whoever asks first', async () => {
    await index.saveFingerprint(record('claim_1', WIRE));
    const claims = await Promise.all(
      ['s1', 's2', 's3'].map((s) => index.claimStory('claim_1', s, 20_000)),
    );
    expect(new Set(claims).size).toBe(1);
    expect((await index.storiesOf(['claim_1'])).get('claim_1')).toBe(claims[0]);
  });

  it('keeps every member of racing inserts, merges stories and counts later members', async () => {
    const member = (articleId: string, time: number, originalRank = `1|${time}`) => ({
      articleId,
      title: articleId,
      time,
      sourceId: `${articleId}.example`,
      language: 'en',
      originalRank,
    });
    await Promise.all(
      ['m1', 'm2', 'm3', 'm4'].map((id, i) => stories.addMembers('story:a', [member(id, 100 + i)])),
    );
    await stories.addMembers('story:b', [member('m5', 150, '0|agency-item')]);
    const merged = await stories.merge('story:a', ['story:b', 'story:a']);
    expect(merged.members).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(merged).toMatchObject({ firstSeen: 100, lastSeen: 150, originalArticleId: 'm5' });
    expect((await stories.addMembers('story:b', [member('m6', 200)])).storyId).toBe('story:a');
    expect((await stories.resolve(['story:b'])).get('story:b')?.members).toContain('m6');
  });

  it('ends racing opposite merges in one story', async () => {
    const member = (articleId: string) => ({
      articleId,
      title: null,
      time: 1,
      sourceId: 'x.example',
      language: null,
      originalRank: articleId,
    });
    await stories.addMembers('story:p', [member('p1')]);
    await stories.addMembers('story:q', [member('q1')]);
    await Promise.all([
      stories.merge('story:p', ['story:q']),
      stories.merge('story:q', ['story:p']),
    ]);
    const live = await stories.resolve(['story:p', 'story:q']);
    expect(live.get('story:p')?.storyId).toBe(live.get('story:q')?.storyId);
    expect(live.get('story:p')?.members).toEqual(['p1', 'q1']);
  });

  it('sweeps old windows under a lease only one owner holds', async () => {
    await index.saveFingerprint(record('sweep_old', WIRE, 10));
    await index.addToBuckets(record('sweep_old', WIRE, 10), { write: [10, 11], read: [10, 11] });
    await index.saveDecision('sweep_old', DECISION, 10);
    const now = new Date();
    expect(await retention.tryLease('sweep', 'one', 60_000, now)).toBe(true);
    expect(await retention.tryLease('sweep', 'two', 60_000, now)).toBe(false);
    expect(await retention.tryLease('sweep', 'one', 60_000, now)).toBe(true);
    const collections = async () =>
      (await connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(await collections()).toEqual(expect.arrayContaining(['lsh_slots_10', 'lsh_slots_11']));
    expect(await retention.deleteBefore(11, 11)).toBe(3);
    expect(await collections()).not.toContain('lsh_slots_10');
    expect(await collections()).toContain('lsh_slots_11');
    expect(await index.loadFingerprints(['sweep_old'])).toEqual([]);
    expect(await index.findDecision('sweep_old')).toBeNull();
    expect(await index.loadFingerprints(['rt_1'])).toHaveLength(1);
  });

  it('keeps the first decision stored for an article', async () => {
    expect(await index.saveDecision('dec_1', DECISION, 20_000)).toEqual(DECISION);
    const other = { ...DECISION, storyId: 'story:other' };
    expect(await index.saveDecision('dec_1', other, 20_000)).toEqual(DECISION);
    expect(await index.findDecision('dec_1')).toEqual(DECISION);
  });
});
