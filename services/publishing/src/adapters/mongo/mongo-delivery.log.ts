import { Inject, Injectable } from '@nestjs/common';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import {
  SUBSCRIPTION_DELIVERIES_COLLECTION,
  type SubscriptionDeliveryDocument,
} from '@newsflow/subscriptions';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { DeliveryLog } from '../../ports/webhook.sender';

/** `subscription_deliveries`: owned by publishing, read by read-api to show delivery health. */
@Injectable()
export class MongoDeliveryLog implements DeliveryLog {
  private readonly deliveries: Collection<SubscriptionDeliveryDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.deliveries = db.collection<SubscriptionDeliveryDocument>(
      SUBSCRIPTION_DELIVERIES_COLLECTION,
    );
  }

  async recordSuccess(subscriptionId: string, at: Date, status: number): Promise<void> {
    await this.deliveries.updateOne(
      { _id: subscriptionId },
      {
        $set: {
          lastAttemptAt: at,
          lastDeliveredAt: at,
          lastStatus: status,
          lastError: null,
          consecutiveFailures: 0,
        },
        $inc: { delivered: 1, failed: 0 },
      },
      { upsert: true },
    );
  }

  async recordFailure(
    subscriptionId: string,
    at: Date,
    status: number | null,
    error: string,
  ): Promise<void> {
    await this.deliveries.updateOne(
      { _id: subscriptionId },
      {
        $set: { lastAttemptAt: at, lastStatus: status, lastError: error.slice(0, 500) },
        $setOnInsert: { lastDeliveredAt: null },
        $inc: { failed: 1, delivered: 0, consecutiveFailures: 1 },
      },
      { upsert: true },
    );
  }
}
