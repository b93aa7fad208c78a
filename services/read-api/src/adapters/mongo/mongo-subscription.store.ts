import { Inject, Injectable } from '@nestjs/common';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import {
  SUBSCRIPTION_DELIVERIES_COLLECTION,
  SUBSCRIPTIONS_COLLECTION,
  type SubscriptionDeliveryDocument,
  type SubscriptionDocument,
} from '@newsflow/subscriptions';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { SubscriptionStore } from '../../ports/subscription.store';

/** `subscriptions`: owned by read-api, read by publishing. `_id` is the subscription id. */
@Injectable()
export class MongoSubscriptionStore implements SubscriptionStore {
  private readonly subscriptions: Collection<SubscriptionDocument>;
  private readonly deliveries: Collection<SubscriptionDeliveryDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.subscriptions = db.collection<SubscriptionDocument>(SUBSCRIPTIONS_COLLECTION);
    this.deliveries = db.collection<SubscriptionDeliveryDocument>(
      SUBSCRIPTION_DELIVERIES_COLLECTION,
    );
  }

  delivery(id: string): Promise<SubscriptionDeliveryDocument | null> {
    return this.deliveries.findOne({ _id: id });
  }

  async create(subscription: SubscriptionDocument): Promise<void> {
    await this.subscriptions.insertOne(subscription);
  }

  list(): Promise<SubscriptionDocument[]> {
    return this.subscriptions.find({}).sort({ createdAt: 1 }).toArray();
  }

  get(id: string): Promise<SubscriptionDocument | null> {
    return this.subscriptions.findOne({ _id: id });
  }

  async setStatus(id: string, status: SubscriptionDocument['status'], now: Date): Promise<boolean> {
    const result = await this.subscriptions.updateOne(
      { _id: id },
      { $set: { status, updatedAt: now } },
    );
    return result.matchedCount > 0;
  }

  async remove(id: string): Promise<boolean> {
    return (await this.subscriptions.deleteOne({ _id: id })).deletedCount > 0;
  }
}
