import type { SubscriptionFilter } from './subscription-filter';

/** A `subscriptions` document (owned by read-api; read by publishing to fan out). */
export interface SubscriptionDocument {
  /** `sub_` + 16 hex. */
  _id: string;
  name: string;
  filter: SubscriptionFilter;
  /** The subscription's Kafka topic (without KAFKA_TOPIC_PREFIX). */
  topic: string;
  status: 'active' | 'paused';
  createdAt: Date;
  updatedAt: Date;
}

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions';
export const SUBSCRIPTION_ID_PATTERN = /^sub_[0-9a-f]{16}$/;
