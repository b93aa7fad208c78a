import { randomUUID } from 'node:crypto';
import { openMongoConnection } from '@newsflow/platform-mongo';
import { computeFingerprint, extractStoryFeatures } from '@newsflow/similarity';
import type { Connection } from 'mongoose';
import { toStoredFeatures } from '../../domain/stored-story-features';
import type { FingerprintRecord } from '../../ports/fingerprint.index';
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
    title: `Title of ${articleId}`,
    paragraphs: [text],
    publishedAt: null,
    seenAt: 1_700_000_000_000,
  };
}

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
    retention = new MongoFingerprintRetentionStore(connection, index);
    await Promise.all([index.onModuleInit(), stories.onModuleInit(), retention.onModuleInit()]);
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
    const seen = await Promise.all(copies.map((copy) => index.addToBuckets(copy, [])));
    const sees = (i: number, j: number) => seen[i]?.includes(`race_${j}`) ?? false;
    for (let i = 0; i < copies.length; i += 1) {
      for (let j = i + 1; j < copies.length; j += 1) expect(sees(i, j) || sees(j, i)).toBe(true);
    }
    // Redelivery: adding again returns the same kind of answer and adds nothing.
    const again = await index.addToBuckets(copies[0] as FingerprintRecord, []);
    expect(again).toHaveLength(copies.length - 1);
  });

  it('finds members written in another retained window', async () => {
    await index.addToBuckets(record('old_1', `${WIRE} Older.`, 19_990), []);
    expect(await index.addToBuckets(record('new_1', `${WIRE} Newer.`), [19_990])).toContain(
      'old_1',
    );
  });

  it('claims each article into one story, whoever asks first', async () => {
    await index.saveFingerprint(record('claim_1', WIRE));
    const claims = await Promise.all(['s1', 's2', 's3'].map((s) => index.claimStory('claim_1', s)));
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
    await index.addToBuckets(record('sweep_old', WIRE, 10), []);
    const now = new Date();
    expect(await retention.tryLease('sweep', 'one', 60_000, now)).toBe(true);
    expect(await retention.tryLease('sweep', 'two', 60_000, now)).toBe(false);
    expect(await retention.tryLease('sweep', 'one', 60_000, now)).toBe(true);
    expect(await retention.deleteBefore(11)).toBeGreaterThan(1);
    expect(await index.loadFingerprints(['sweep_old'])).toEqual([]);
    expect(await index.loadFingerprints(['rt_1'])).toHaveLength(1);
  });
});
