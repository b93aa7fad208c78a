import { randomUUID } from 'node:crypto';
import {
  ENTITIES_COLLECTION,
  ENTITY_CHANGES_COLLECTION,
  ENTITY_SIGHTINGS_COLLECTION,
  VOCABULARY_STATE_COLLECTION,
} from '@newsflow/contracts';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { MongoCandidateSightingStore } from './mongo-candidate-sighting.store';
import { MongoVocabularyStore } from './mongo-vocabulary.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoVocabularyStore and MongoCandidateSightingStore', () => {
  let connection: Connection;
  let vocabulary: MongoVocabularyStore;
  let sightings: MongoCandidateSightingStore;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_vocab_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    vocabulary = new MongoVocabularyStore(connection);
    sightings = new MongoCandidateSightingStore(connection);
    await sightings.onModuleInit();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('seeds shipped entries once, never over an operator record', async () => {
    const entities = connection.db!.collection(ENTITIES_COLLECTION);
    await entities.insertOne({
      _id: 'wikidata:Q1065' as never,
      type: 'organisation',
      name: 'United Nations',
      aliases: ['UN', 'ONU'],
      externalIds: {},
      status: 'blocked',
      mergedInto: null,
      source: 'operator',
      searchKeys: [],
      revision: 2,
    });
    const shipped = [
      {
        id: 'wikidata:Q1065',
        type: 'organisation' as const,
        name: 'United Nations',
        aliases: ['UN'],
      },
      {
        id: 'wikidata:Q30',
        type: 'place' as const,
        name: 'United States',
        aliases: ['US'],
        iso3166: 'US',
      },
    ];
    await vocabulary.seedShipped(shipped);
    await vocabulary.seedShipped(shipped);
    const { records, invalid } = await vocabulary.loadRecords();
    expect(invalid).toBe(0);
    expect(records.find((r) => r.id === 'wikidata:Q1065')).toMatchObject({
      status: 'blocked',
      aliases: ['UN', 'ONU'],
    });
    expect(records.find((r) => r.id === 'wikidata:Q30')).toMatchObject({
      status: 'active',
      iso3166: 'US',
    });
    expect(await entities.findOne({ _id: 'wikidata:Q30' as never })).toMatchObject({
      source: 'shipped',
      searchKeys: ['united states', 'states', 'us'],
      externalIds: { wikidata: 'Q30', iso3166: 'US' },
    });
  });

  it('skips records that fail validation instead of failing the reload', async () => {
    await connection
      .db!.collection(ENTITIES_COLLECTION)
      .insertOne({ _id: 'bogus' as never, name: 1 });
    const { records, invalid } = await vocabulary.loadRecords();
    expect(invalid).toBe(1);
    expect(records.map((r) => r.id).sort()).toEqual(['wikidata:Q1065', 'wikidata:Q30']);
  });

  it('finds the latest change from a lagging hint by probing the change log by _id', async () => {
    const changes = connection.db!.collection(ENTITY_CHANGES_COLLECTION);
    const state = connection.db!.collection(VOCABULARY_STATE_COLLECTION);
    expect(await vocabulary.latestRevision(0)).toBe(0);
    await changes.insertMany(
      [1, 2, 3].map((n) => ({
        _id: n as never,
        entityId: 'x',
        action: 'update',
        entityRevision: n,
        at: new Date(),
      })),
    );
    await state.insertOne({ _id: 'current' as never, revision: 2, updatedAt: new Date() });
    expect(await vocabulary.latestRevision(0)).toBe(3);
    expect(await vocabulary.latestRevision(3)).toBe(3);
  });

  it('records a sighting once per (candidate, article), however often the article comes again', async () => {
    const at = new Date();
    const found = [
      {
        key: 'local:person:maria-ionescu',
        type: 'person' as const,
        name: 'Maria Ionescu',
        mentions: 2,
      },
    ];
    await sightings.record('art_1', found, at);
    await sightings.record('art_1', found, at);
    await sightings.record('art_2', found, at);
    const rows = await connection
      .db!.collection(ENTITY_SIGHTINGS_COLLECTION)
      .find({})
      .sort({ _id: 1 })
      .toArray();
    expect(rows.map((row) => row._id)).toEqual([
      'local:person:maria-ionescu:art_1',
      'local:person:maria-ionescu:art_2',
    ]);
    expect(rows[0]).toMatchObject({
      key: 'local:person:maria-ionescu',
      mentions: 2,
      articleId: 'art_1',
    });
  });
});
