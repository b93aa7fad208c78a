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

  it('gives racing claims of the same words one owner', async () => {
    const hash = 'c'.repeat(64);
    const owners = await Promise.all(
      ['art_a', 'art_b', 'art_c', 'art_d'].map((id) => store.claimContent(hash, id)),
    );
    expect(new Set(owners).size).toBe(1);
    expect(await store.claimContent(hash, 'art_z')).toBe(owners[0]);
  });

  it('saves, finds and marks an article verdict only for the version given', async () => {
    expect(await store.findArticle('art_1')).toBeNull();
    await store.saveArticle({
      articleId: 'art_1',
      contentHash: 'd'.repeat(64),
      version: 2,
      emitted: false,
    });
    await store.markEmitted('art_1', 1);
    expect(await store.findArticle('art_1')).toMatchObject({ version: 2, emitted: false });
    await store.markEmitted('art_1', 2);
    expect(await store.findArticle('art_1')).toEqual({
      articleId: 'art_1',
      contentHash: 'd'.repeat(64),
      version: 2,
      emitted: true,
    });
  });
});
