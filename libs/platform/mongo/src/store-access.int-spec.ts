import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { ensureIndexes } from './ensure-indexes';
import { findByIds, findWhereIn } from './find-by-ids';
import { insertIfAbsent, insertNew } from './insert-once';
import { detectStoreKind } from './store-kind';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('store access helpers', () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_access_${randomUUID().slice(0, 8)}$1`);
    client = await new MongoClient(uri).connect();
    db = client.db();
  });

  afterAll(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('declares indexes again on a restart without upsetting the store', async () => {
    const sightings = db.collection<{ _id: string; key: string; seenAt: Date }>('sightings');
    await sightings.insertOne({ _id: 'k:a', key: 'k', seenAt: new Date() });
    const declared = [
      { key: { seenAt: -1 }, name: 'seenAt' },
      { key: { key: 1, seenAt: -1 }, name: 'key_seenAt' },
    ] as const;
    await ensureIndexes(sightings, declared);
    await ensureIndexes(sightings, declared);
    const names = (await sightings.indexes()).map((index) => index.name);
    expect(names).toEqual(expect.arrayContaining(['seenAt', 'key_seenAt']));
    expect(await sightings.countDocuments()).toBe(1);
  });

  it('detects the store once and reads ids by either plan', async () => {
    const kind = await detectStoreKind(db);
    expect(['mongodb', 'ferretdb']).toContain(kind);
    expect(detectStoreKind(db)).toBe(detectStoreKind(db));
    const docs = db.collection<{ _id: string; n: number }>('docs');
    await docs.insertMany(Array.from({ length: 40 }, (_, n) => ({ _id: `d${n}`, n })));
    for (const other of ['mongodb', 'ferretdb'] as const) {
      const few = await findByIds(docs, ['d1', 'd2', 'missing', 'd1'], other);
      expect(few.map((d) => d.n).sort()).toEqual([1, 2]);
      const many = await findByIds(
        docs,
        Array.from({ length: 30 }, (_, n) => `d${n * 2}`),
        other,
      );
      expect(many).toHaveLength(20);
    }
  });

  it('reads every document whose field is among the values, by either plan', async () => {
    const members = db.collection<{ _id: string; storyId: string }>('members');
    await ensureIndexes(members, [{ key: { storyId: 1 }, name: 'storyId' }]);
    await members.insertMany([
      { _id: 'a|1', storyId: 'a' },
      { _id: 'a|2', storyId: 'a' },
      { _id: 'b|3', storyId: 'b' },
      { _id: 'c|4', storyId: 'c' },
    ]);
    for (const kind of ['mongodb', 'ferretdb'] as const) {
      const found = await findWhereIn(members, 'storyId', ['a', 'b', 'x', 'a'], kind);
      expect(found.map((doc) => doc._id).sort()).toEqual(['a|1', 'a|2', 'b|3']);
      expect(await findWhereIn(members, 'storyId', [], kind)).toEqual([]);
    }
  });

  // deploy/local/postgres.sh gives FerretDB's indexes GIN twins; without them this plan scans.
  it('serves equality reads from an index on the local store (FerretDB over PostgreSQL)', async () => {
    const members = db.collection<{ _id: string; storyId: string }>('plans');
    await ensureIndexes(members, [{ key: { storyId: 1 }, name: 'storyId' }]);
    await members.insertMany(
      Array.from({ length: 200 }, (_, n) => ({ _id: `p${n}`, storyId: `s${n % 20}` })),
    );
    const explained = JSON.stringify(await members.find({ storyId: 's3' }).explain());
    const overPostgres = explained.includes('"Node Type"');
    if (process.env.MONGODB_URI === undefined && process.env.NEWSFLOW_STORE_BACKEND !== 'sqlite')
      expect(overPostgres).toBe(true);
    if (overPostgres) {
      for (const filter of [{ storyId: 's3' }, { _id: 'p7' }]) {
        const plan = JSON.stringify(await members.find(filter).explain());
        expect(plan).toMatch(/Index Scan/);
      }
    }
  });

  it('tells which inserts lost to an existing _id, with one winner among racers', async () => {
    const col = db.collection<{ _id: string; by: string }>('claims');
    const refused = await insertNew(col, [
      { _id: 'a', by: 'x' },
      { _id: 'b', by: 'x' },
    ]);
    expect(refused.size).toBe(0);
    const again = await insertNew(col, [
      { _id: 'a', by: 'y' },
      { _id: 'c', by: 'y' },
      { _id: 'b', by: 'y' },
    ]);
    expect([...again].sort()).toEqual([0, 2]);
    const wins = await Promise.all(
      ['p', 'q', 'r', 's'].map((by) => insertIfAbsent(col, { _id: 'race', by })),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});
