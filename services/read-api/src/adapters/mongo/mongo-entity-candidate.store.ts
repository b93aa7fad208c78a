import { Inject, Injectable } from '@nestjs/common';
import {
  ENTITY_SIGHTINGS_COLLECTION,
  type EntitySightingDocument,
  type EntityType,
} from '@newsflow/contracts';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { CandidateCount, CandidateSightingRow } from '../../domain/entity-candidates';
import type { EntityCandidateStore } from '../../ports/entity.store';

/** Reads `entity_sightings` (owned and indexed by entity-tagging: `{seenAt}`, `{key, seenAt}`). */
@Injectable()
export class MongoEntityCandidateStore implements EntityCandidateStore {
  private readonly collection: Collection<EntitySightingDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.collection = db.collection<EntitySightingDocument>(ENTITY_SIGHTINGS_COLLECTION);
  }

  async counts(query: {
    since: Date;
    type: EntityType | undefined;
    minArticles: number;
    limit: number;
  }): Promise<CandidateCount[]> {
    const match: Filter<EntitySightingDocument> = { seenAt: { $gte: query.since } };
    if (query.type !== undefined) match.type = query.type;
    const rows = await this.collection
      .aggregate<{ _id: string; articles: number }>([
        { $match: match },
        // One accumulator only: FerretDB v1.24 answers 0 for every $sum after the first
        // (measured); mentions are summed from the sightings read for the page instead.
        { $group: { _id: '$key', articles: { $sum: 1 } } },
        { $match: { articles: { $gte: query.minArticles } } },
        { $sort: { articles: -1, _id: 1 } },
        { $limit: query.limit },
      ])
      .toArray();
    return rows.map((row) => ({ key: row._id, articles: row.articles }));
  }

  async sightings(keys: readonly string[], since: Date | null): Promise<CandidateSightingRow[]> {
    if (keys.length === 0) return [];
    const filter: Filter<EntitySightingDocument> = { key: { $in: [...keys] } };
    if (since !== null) filter.seenAt = { $gte: since };
    const rows = await this.collection
      .find(filter, {
        projection: { key: 1, type: 1, name: 1, articleId: 1, mentions: 1, seenAt: 1 },
      })
      .toArray();
    return rows.map(({ key, type, name, articleId, mentions, seenAt }) => ({
      key,
      type,
      name,
      articleId,
      mentions,
      seenAt,
    }));
  }
}
