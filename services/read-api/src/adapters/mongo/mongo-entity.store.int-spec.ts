import { randomUUID } from 'node:crypto';
import { ENTITY_CHANGES_COLLECTION, ENTITY_SIGHTINGS_COLLECTION } from '@newsflow/contracts';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { prefixPattern } from '../../domain/entity-keys';
import { buildEntity } from '../../domain/entity-record';
import { MongoEntityCandidateStore } from './mongo-entity-candidate.store';
import { MongoEntityStore } from './mongo-entity.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoEntityStore and MongoEntityCandidateStore', () => {
  let connection: Connection;
  let store: MongoEntityStore;
  let candidates: MongoEntityCandidateStore;
  const now = new Date();
  const entity = (id: string, name: string, status: 'active' | 'blocked' = 'active') =>
    buildEntity(
      {
        _id: id,
        type: 'person',
        name,
        aliases: [],
        externalIds: {},
        status,
        mergedInto: null,
        source: 'operator',
      },
      now,
    );

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_entities_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    store = new MongoEntityStore(connection);
    candidates = new MongoEntityCandidateStore(connection);
    await store.onModuleInit();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('inserts an id once and finds entities by a folded prefix of any word, active first', async () => {
    expect(await store.insert(entity('local:person:jose-ramos-horta', 'José Ramos-Horta'))).toBe(
      true,
    );
    expect(await store.insert(entity('local:person:jose-ramos-horta', 'Other'))).toBe(false);
    expect(
      await store.insert(entity('local:person:horta-blocked', 'Horta Blocked', 'blocked')),
    ).toBe(true);
    expect(await store.insert(entity('local:person:ann-lee', 'Ann Lee'))).toBe(true);
    const found = await store.list({ limit: 10, pattern: prefixPattern('HORT') });
    expect(found.map((e) => [e._id, e.status])).toEqual([
      ['local:person:jose-ramos-horta', 'active'],
      ['local:person:horta-blocked', 'blocked'],
    ]);
    expect(
      (await store.list({ limit: 10, pattern: prefixPattern('jose ram') })).map((e) => e._id),
    ).toEqual(['local:person:jose-ramos-horta']);
    expect([...(await store.existing(['local:person:ann-lee', 'local:person:nobody']))]).toEqual([
      'local:person:ann-lee',
    ]);
  });

  it('gives racing changes distinct, dense sequence numbers', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.recordChange(`local:person:p${i}`, 'update', 1)),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await connection.db?.collection(ENTITY_CHANGES_COLLECTION).countDocuments()).toBe(8);
    expect(await store.recordChange('local:person:p9', 'create', 1)).toBe(9);
  });

  it('counts candidates per key from sightings, with a minimum of articles and a window', async () => {
    const day = 86_400_000;
    const sighting = (key: string, articleId: string, ageDays: number, type = 'person') => ({
      _id: `${key}:${articleId}`,
      key,
      type,
      name: key.split(':')[2],
      articleId,
      mentions: 2,
      seenAt: new Date(now.getTime() - ageDays * day),
    });
    await connection.db
      ?.collection(ENTITY_SIGHTINGS_COLLECTION)
      .insertMany([
        sighting('local:person:a', 'art_1', 0),
        sighting('local:person:a', 'art_2', 1),
        sighting('local:person:a', 'art_3', 40),
        sighting('local:person:b', 'art_1', 0),
        sighting('local:organisation:c', 'art_1', 0, 'organisation'),
        sighting('local:organisation:c', 'art_2', 0, 'organisation'),
      ] as never[]);
    const since = new Date(now.getTime() - 30 * day);
    expect(await candidates.counts({ since, type: undefined, minArticles: 2, limit: 10 })).toEqual([
      { key: 'local:organisation:c', articles: 2 },
      { key: 'local:person:a', articles: 2 },
    ]);
    expect(await candidates.counts({ since, type: 'person', minArticles: 1, limit: 10 })).toEqual([
      { key: 'local:person:a', articles: 2 },
      { key: 'local:person:b', articles: 1 },
    ]);
    const rows = await candidates.sightings(['local:person:a'], null);
    expect(rows.map((row) => row.articleId).sort()).toEqual(['art_1', 'art_2', 'art_3']);
  });
});
