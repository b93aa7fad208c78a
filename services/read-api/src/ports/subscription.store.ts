import type { SubscriptionDeliveryDocument, SubscriptionDocument } from '@newsflow/subscriptions';

export interface SubscriptionStore {
  create(subscription: SubscriptionDocument): Promise<void>;
  list(): Promise<SubscriptionDocument[]>;
  get(id: string): Promise<SubscriptionDocument | null>;
  /** Returns false when there was no such subscription. */
  remove(id: string): Promise<boolean>;
  /** Sets active/paused; returns false when there was no such subscription. */
  setStatus(id: string, status: SubscriptionDocument['status'], now: Date): Promise<boolean>;
  /** Webhook delivery status, written by publishing; null before the first attempt. */
  delivery(id: string): Promise<SubscriptionDeliveryDocument | null>;
}

/** Creates Kafka topics (with KAFKA_TOPIC_PREFIX applied). */
export interface TopicCreator {
  ensure(definition: { name: string; partitions: number; retentionMs: number }): Promise<void>;
}

export const SUBSCRIPTION_STORE = Symbol('SubscriptionStore');
export const TOPIC_CREATOR = Symbol('TopicCreator');
