import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { FeedHealth } from '../../domain/feed-schedule';
import type { FeedState, FeedStore, PollResult, SeenItemStore } from '../../ports/feed.store';
import { feedLeaseSchema, feedSchema, seenItemSchema } from './feed.schema';

interface FeedDocument {
  _id: string;
  health: FeedHealth;
  paused: boolean;
  etag?: string | null;
  lastModified?: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  lastPolledAt?: Date;
  lastStatus?: number;
  lastError?: { kind: string; message: string; at: Date } | null;
  nextPollAt: Date;
  nextPollReason: string;
  createdAt: Date;
}

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
    const due = await this.feeds
      .find({ paused: false, nextPollAt: { $lte: now } })
      .sort({ nextPollAt: 1 })
      .limit(limit * 4)
      .toArray();
    const leased: FeedState[] = [];
    for (const doc of due) {
      if (leased.length >= limit) break;
      // Same feed, same due time, same attempt → same lease id: of racing instances, one insert wins.
      const attempt = Math.floor((now.getTime() - doc.nextPollAt.getTime()) / leaseMs);
      const leaseId = `${doc._id} ${doc.nextPollAt.toISOString()} #${attempt}`;
      try {
        await this.leases.insertOne({ _id: leaseId, feedUrl: doc._id, owner, leasedAt: now });
      } catch (error) {
        if ((error as { code?: number }).code === 11000) continue;
        throw error;
      }
      leased.push({
        url: doc._id,
        health: doc.health,
        etag: doc.etag ?? null,
        lastModified: doc.lastModified ?? null,
        consecutiveFailures: doc.consecutiveFailures,
        itemsSeen: doc.itemsSeen,
      });
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

  async isSeen(feedUrl: string, itemKey: string): Promise<boolean> {
    return (await this.items.countDocuments({ _id: itemId(feedUrl, itemKey) }, { limit: 1 })) > 0;
  }

  async markSeen(feedUrl: string, itemKey: string, articleId: string): Promise<void> {
    await this.items.updateOne(
      { _id: itemId(feedUrl, itemKey) },
      { $setOnInsert: { feedUrl, itemKey, articleId, seenAt: new Date() } },
      { upsert: true },
    );
  }
}

function itemId(feedUrl: string, itemKey: string): string {
  return createHash('sha256').update(`${feedUrl}\n${itemKey}`).digest('hex');
}
