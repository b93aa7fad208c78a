import { randomUUID } from 'node:crypto';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { MongoDedupStateStore } from './mongo-dedup-state.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoDedupStateStore', () => {
  let connection: Connection;
  let store: MongoDedupStateStore;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_dedup_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    store = new MongoDedupStateStore(connection);
    await store.onModuleInit();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('gives racing claims of the same words one owner, fresh only for the winner', async () => {
    const hash = 'c'.repeat(64);
    const claims = await Promise.all(
      ['art_a', 'art_b', 'art_c', 'art_d'].map((id) => store.claimContent(hash, id)),
    );
    expect(new Set(claims.map((c) => c.owner)).size).toBe(1);
    expect(claims.filter((c) => c.fresh)).toHaveLength(1);
    expect(await store.claimContent(hash, 'art_z')).toEqual({
      owner: claims[0]?.owner,
      fresh: false,
    });
  });

  it('numbers versions densely, finds the latest and marks only the version given', async () => {
    expect(await store.findArticle('art_1')).toBeNull();
    expect(await store.appendVersion('art_1', 'a'.repeat(64))).toBe(1);
    const racing = await Promise.all(
      ['b', 'c'].map((h) => store.appendVersion('art_1', h.repeat(64))),
    );
    expect(racing.sort()).toEqual([2, 3]);
    for (let v = 4; v <= 6; v += 1) await store.appendVersion('art_1', String(v).repeat(64));
    await store.markEmitted('art_1', 5);
    expect(await store.findArticle('art_1')).toEqual({
      articleId: 'art_1',
      contentHash: '6'.repeat(64),
      version: 6,
      emitted: false,
    });
    await store.markEmitted('art_1', 6);
    await store.markEmitted('art_1', 6);
    expect(await store.findArticle('art_1')).toMatchObject({ version: 6, emitted: true });
  });

  it('keeps revision texts until their window is swept', async () => {
    const text = { title: null, paragraphs: ['One.', 'Two.'] };
    await store.saveVersionText('art_2', 2, text, 10);
    await store.saveVersionText('art_2', 3, { title: 'T', paragraphs: ['Three.'] }, 12);
    expect(await store.findVersionText('art_2', 2)).toEqual(text);
    expect(await store.sweepTexts(11)).toBe(1);
    expect(await store.findVersionText('art_2', 2)).toBeNull();
    expect(await store.findVersionText('art_2', 3)).toEqual({ title: 'T', paragraphs: ['Three.'] });
  });
});
