import { Inject, Injectable } from '@nestjs/common';
import {
  ENTITIES_COLLECTION,
  ENTITY_CHANGES_COLLECTION,
  VOCABULARY_STATE_COLLECTION,
  type EntityChangeDocument,
  type EntityDocument,
  type VocabularyStateDocument,
} from '@newsflow/contracts';
import { connectedDb, insertNew, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import { entitySearchKeys } from '@newsflow/text';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { VocabularyEntry, VocabularyRecord } from '../../domain/vocabulary.interface';
import { vocabularyRecordSchema } from '../../domain/vocabulary-entry.schema';
import type { VocabularyStore } from '../../ports/vocabulary.store';

/**
 * Reads `entities` (owned by read-api, which writes it and its change log) and inserts the
 * shipped foundation. The indexes of `entities` are declared by read-api.
 */
@Injectable()
export class MongoVocabularyStore implements VocabularyStore {
  private readonly entities: Collection<EntityDocument>;
  private readonly changes: Collection<EntityChangeDocument>;
  private readonly state: Collection<VocabularyStateDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.entities = db.collection<EntityDocument>(ENTITIES_COLLECTION);
    this.changes = db.collection<EntityChangeDocument>(ENTITY_CHANGES_COLLECTION);
    this.state = db.collection<VocabularyStateDocument>(VOCABULARY_STATE_COLLECTION);
  }

  async latestRevision(known: number): Promise<number> {
    const hint = (await this.state.findOne({ _id: 'current' }))?.revision ?? 0;
    let latest = Math.max(known, hint);
    // The hint may lag behind racing writers; the dense change log cannot.
    while ((await this.changes.findOne({ _id: latest + 1 }, { projection: { _id: 1 } })) !== null) {
      latest += 1;
    }
    return latest;
  }

  async loadRecords(): Promise<{ records: VocabularyRecord[]; invalid: number }> {
    const documents = await this.entities
      .find({}, { projection: { searchKeys: 0, createdAt: 0, updatedAt: 0 } })
      .toArray();
    const records: VocabularyRecord[] = [];
    for (const document of documents) {
      const parsed = vocabularyRecordSchema.safeParse({ ...document, id: document._id });
      if (!parsed.success) continue;
      const { externalIds, ...record } = parsed.data;
      records.push({ ...record, ...externalIds });
    }
    return { records, invalid: documents.length - records.length };
  }

  async seedShipped(entries: readonly VocabularyEntry[]): Promise<void> {
    const now = new Date();
    await insertNew(
      this.entities,
      entries.map((entry) => ({
        _id: entry.id,
        type: entry.type,
        name: entry.name,
        aliases: [...entry.aliases],
        externalIds: {
          ...(entry.id.startsWith('wikidata:') && { wikidata: entry.id.slice('wikidata:'.length) }),
          ...(entry.iso3166 !== undefined && { iso3166: entry.iso3166 }),
          ...(entry.geonames !== undefined && { geonames: entry.geonames }),
        },
        status: 'active' as const,
        mergedInto: null,
        source: 'shipped' as const,
        searchKeys: entitySearchKeys([entry.name, ...entry.aliases]),
        revision: 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
}
