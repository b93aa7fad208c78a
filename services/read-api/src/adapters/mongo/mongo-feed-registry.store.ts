import { Inject, Injectable } from '@nestjs/common';
import { FEEDS_COLLECTION, type FeedDocument } from '@newsflow/contracts';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection, Filter, MatchKeysAndValues } from 'mongodb';
import type { Connection } from 'mongoose';
import type { FeedListQuery } from '../../domain/feed-query';
import type { FeedChanges, FeedRegistryStore } from '../../ports/feed-registry.store';

const DUPLICATE_KEY = 11000;

/**
 * The registry's side of `feeds` (collection and indexes owned by feed-ingestion). Every read
 * and write is by `_id` — the one lookup FerretDB serves from an index — except the operator's
 * list, which walks `_id` order. Filters are built from validated values only.
 */
@Injectable()
export class MongoFeedRegistryStore implements FeedRegistryStore {
  private readonly feeds: Collection<FeedDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.feeds = db.collection<FeedDocument>(FEEDS_COLLECTION);
  }

  /** Inserting a given `_id` is atomic on every store: of two racing adds, one wins. */
  async insert(feed: FeedDocument): Promise<boolean> {
    try {
      await this.feeds.insertOne(feed);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  get(url: string): Promise<FeedDocument | null> {
    return this.feeds.findOne({ _id: url });
  }

  list(query: FeedListQuery): Promise<FeedDocument[]> {
    if (query.url !== undefined) {
      return this.feeds
        .find({ _id: query.url })
        .toArray()
        .then((docs) => filterOne(docs, query));
    }
    const filter: Filter<FeedDocument> = {};
    if (query.health !== undefined) filter.health = query.health;
    if (query.paused !== undefined) filter.paused = query.paused;
    filter.removedAt = query.removed ? { $type: 'date' } : { $not: { $type: 'date' } };
    if (query.afterUrl !== undefined) filter._id = { $gt: query.afterUrl };
    return this.feeds.find(filter).sort({ _id: 1 }).limit(query.limit).toArray();
  }

  async update(url: string, changes: FeedChanges): Promise<FeedDocument | null> {
    const set: MatchKeysAndValues<FeedDocument> = {};
    const unset: Record<string, ''> = {};
    for (const [key, value] of Object.entries(changes as Record<string, unknown>)) {
      if (value === null) unset[key] = '';
      else if (value !== undefined) (set as Record<string, unknown>)[key] = value;
    }
    const result = await this.feeds.updateOne(
      { _id: url },
      {
        ...(Object.keys(set).length > 0 && { $set: set }),
        ...(Object.keys(unset).length > 0 && { $unset: unset }),
      },
    );
    if (result.matchedCount === 0) return null;
    return this.feeds.findOne({ _id: url });
  }
}

/** The `?url=` look-up still honours the other filters, so it answers like any list. */
function filterOne(docs: FeedDocument[], query: FeedListQuery): FeedDocument[] {
  return docs.filter(
    (doc) =>
      (query.health === undefined || doc.health === query.health) &&
      (query.paused === undefined || doc.paused === query.paused) &&
      Boolean(doc.removedAt) === query.removed,
  );
}
