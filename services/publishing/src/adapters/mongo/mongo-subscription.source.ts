import { Inject, Injectable } from '@nestjs/common';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import { SUBSCRIPTIONS_COLLECTION, type SubscriptionDocument } from '@newsflow/subscriptions';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../../config/publishing.config';
import type { ActiveSubscription, SubscriptionSource } from '../../ports/subscription.source';

/**
 * Reads `subscriptions` (owned by read-api) at most once per refresh interval: one query per
 * few seconds instead of one per article, at the price of a new subscription taking that long
 * to receive its first article.
 */
@Injectable()
export class MongoSubscriptionSource implements SubscriptionSource {
  private readonly subscriptions: Collection<SubscriptionDocument>;
  private cached: { at: number; value: Promise<readonly ActiveSubscription[]> } | null = null;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {
    const db = connectedDb(connection);
    this.subscriptions = db.collection<SubscriptionDocument>(SUBSCRIPTIONS_COLLECTION);
  }

  active(): Promise<readonly ActiveSubscription[]> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > this.config.subscriptionRefreshMs) {
      const value = this.load();
      this.cached = { at: now, value };
      // A failed load must not be cached: the next article tries again.
      value.catch(() => {
        if (this.cached?.value === value) this.cached = null;
      });
    }
    return this.cached.value;
  }

  private async load(): Promise<readonly ActiveSubscription[]> {
    const docs = await this.subscriptions.find({ status: 'active' }).toArray();
    return docs.map((doc) => ({
      id: doc._id,
      filter: doc.filter,
      topic: doc.topic,
      webhook: doc.webhook ?? null,
    }));
  }
}
