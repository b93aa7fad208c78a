import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FeedDocument } from '@newsflow/contracts';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { ArrivalEstimate } from '../../domain/publishing-rate';
import type { FeedState, FeedStore, PollResult, SeenItemStore } from '../../ports/feed.store';
import { feedLeaseSchema, feedSchema, seenItemSchema } from './feed.schema';

interface FeedLeaseDocument {
  _id: string;
  feedUrl: string;
  owner: string;
  leasedAt: Date;
}

interface SeenItemDocument {
  _id: string;
  feedUrl: string;
  itemKey: string;
  articleId: string;
  seenAt: Date;
}

@Injectable()
export class MongoFeedStore implements FeedStore, SeenItemStore, OnModuleInit {
  private readonly feedModel: Model<FeedDocument>;
  private readonly itemModel: Model<SeenItemDocument>;
  private readonly feeds: Collection<FeedDocument>;
  private readonly items: Collection<SeenItemDocument>;
  private readonly leaseModel: Model<FeedLeaseDocument>;
  private readonly leases: Collection<FeedLeaseDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.feedModel = connection.model<FeedDocument>('Feed', feedSchema);
    this.itemModel = connection.model<SeenItemDocument>('FeedItem', seenItemSchema);
    this.feeds = driverCollection(this.feedModel);
    this.items = driverCollection(this.itemModel);
    this.leaseModel = connection.model<FeedLeaseDocument>('FeedLease', feedLeaseSchema);
    this.leases = driverCollection(this.leaseModel);
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.feedModel.init(), this.itemModel.init(), this.leaseModel.init()]);
  }

  async register(urls: readonly string[]): Promise<void> {
    const now = new Date();
    for (const url of urls) {
      await this.feeds.updateOne(
        { _id: url },
        {
          $setOnInsert: {
            health: 'new',
            paused: false,
            consecutiveFailures: 0,
            itemsSeen: 0,
            nextPollAt: now,
            nextPollReason: 'new feed',
            createdAt: now,
          },
        },
        { upsert: true },
      );
    }
  }

  async leaseDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<FeedState[]> {
    // `removedAt: null` matches a missing field too; documents the registry wrote without
    // `paused` are skipped rather than guessed at.
    const due = await this.feeds
      .find({ paused: false, removedAt: null, nextPollAt: { $lte: now } })
      .sort({ nextPollAt: 1 })
      .limit(limit * 4)
      .toArray();
    const leased: FeedState[] = [];
    for (const doc of due) {
      if (leased.length >= limit) break;
      if (doc.paused || doc.removedAt) continue;
      // Same feed, same due time, same attempt → same lease id: of racing instances, one insert wins.
      const attempt = Math.floor((now.getTime() - doc.nextPollAt.getTime()) / leaseMs);
      const leaseId = `${doc._id} ${doc.nextPollAt.toISOString()} #${attempt}`;
      try {
        await this.leases.insertOne({ _id: leaseId, feedUrl: doc._id, owner, leasedAt: now });
      } catch (error) {
        if ((error as { code?: number }).code === 11000) continue;
        throw error;
      }
      leased.push(stateOf(doc));
    }
    return leased;
  }

  async recordPoll(url: string, now: Date, result: PollResult): Promise<void> {
    const common = {
      lastPolledAt: now,
      nextPollAt: result.next.at,
      nextPollReason: result.next.reason,
    };
    if (result.ok) {
      await this.feeds.updateOne(
        { _id: url },
        {
          $set: {
            ...common,
            health: 'healthy',
            consecutiveFailures: 0,
            lastStatus: result.status,
            lastError: null,
            etag: result.etag,
            lastModified: result.lastModified,
            ttlMinutes: result.ttlMinutes,
            arrivalIntervalSeconds: result.arrival?.meanIntervalSeconds ?? null,
            lastItemAt: result.arrival?.lastItemAt ?? null,
            ...(result.format !== null && { format: result.format }),
            ...(result.discoveredUrl !== undefined && { discoveredUrl: result.discoveredUrl }),
          },
          $inc: { itemsSeen: result.newItems },
        },
      );
    } else {
      await this.feeds.updateOne(
        { _id: url },
        {
          $set: {
            ...common,
            health: result.health,
            lastError: { kind: result.errorKind, message: result.message.slice(0, 500), at: now },
          },
          $inc: { consecutiveFailures: 1 },
        },
      );
    }
    // The new nextPollAt makes new lease ids; the old ones only take space.
    await this.leases.deleteMany({ feedUrl: url });
  }

  // A sitemap poll checks up to a thousand items: findOne and insertOne by _id are the two
  // operations FerretDB serves from the index (countDocuments and upserts scan the collection).
  async isSeen(feedUrl: string, itemKey: string): Promise<boolean> {
    const doc = await this.items.findOne(
      { _id: itemId(feedUrl, itemKey) },
      { projection: { _id: 1 } },
    );
    return doc !== null;
  }

  async markSeen(feedUrl: string, itemKey: string, articleId: string): Promise<void> {
    try {
      await this.items.insertOne({
        _id: itemId(feedUrl, itemKey),
        feedUrl,
        itemKey,
        articleId,
        seenAt: new Date(),
      });
    } catch (error) {
      // Already marked (a retried poll): the first record stands.
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }
}

function arrivalOf(doc: FeedDocument): ArrivalEstimate | null {
  if (!(doc.lastItemAt instanceof Date)) return null;
  const mean = doc.arrivalIntervalSeconds;
  return {
    meanIntervalSeconds: typeof mean === 'number' && Number.isFinite(mean) ? mean : null,
    lastItemAt: doc.lastItemAt,
  };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function stateOf(doc: FeedDocument): FeedState {
  return {
    url: doc._id,
    health: doc.health,
    etag: doc.etag ?? null,
    lastModified: doc.lastModified ?? null,
    consecutiveFailures: numberOrNull(doc.consecutiveFailures) ?? 0,
    itemsSeen: numberOrNull(doc.itemsSeen) ?? 0,
    lastPolledAt: doc.lastPolledAt instanceof Date ? doc.lastPolledAt : null,
    minIntervalSeconds: numberOrNull(doc.minIntervalSeconds),
    maxIntervalSeconds: numberOrNull(doc.maxIntervalSeconds),
    ttlMinutes: numberOrNull(doc.ttlMinutes),
    arrival: arrivalOf(doc),
  };
}

function itemId(feedUrl: string, itemKey: string): string {
  return createHash('sha256').update(`${feedUrl}\n${itemKey}`).digest('hex');
}
