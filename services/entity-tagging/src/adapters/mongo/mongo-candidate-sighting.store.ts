import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ENTITY_SIGHTINGS_COLLECTION, type EntitySightingDocument } from '@newsflow/contracts';
import { connectedDb, ensureIndexes, insertNew, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { CandidateSighting } from '../../domain/vocabulary-screen.util';
import type { CandidateSightingStore } from '../../ports/candidate-sighting.store';

/**
 * `entity_sightings` (owned by entity-tagging, read by read-api's candidate list): one insert-once
 * document per (candidate, article). Not a counter document per candidate: `$inc` is not atomic
 * on FerretDB and every update scans the collection, whereas inserts are indexed and a
 * redelivered article collides on `_id` and adds nothing. Counts are a `$group` on read.
 */
@Injectable()
export class MongoCandidateSightingStore implements CandidateSightingStore, OnModuleInit {
  private readonly sightings: Collection<EntitySightingDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.sightings = db.collection<EntitySightingDocument>(ENTITY_SIGHTINGS_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    // The candidate list groups a time window, then reads the top keys' sightings.
    await ensureIndexes(this.sightings, [
      { key: { seenAt: -1 }, name: 'seenAt' },
      { key: { key: 1, seenAt: -1 }, name: 'key_seenAt' },
    ]);
  }

  async record(
    articleId: string,
    sightings: readonly CandidateSighting[],
    at: Date,
  ): Promise<void> {
    await insertNew(
      this.sightings,
      sightings.map((sighting) => ({
        _id: `${sighting.key}:${articleId}`,
        key: sighting.key,
        type: sighting.type,
        name: sighting.name,
        articleId,
        mentions: sighting.mentions,
        seenAt: at,
      })),
    );
  }
}
