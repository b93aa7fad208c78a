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
  /**
   * Optional push delivery: every matching article is POSTed here, signed with `secret`
   * (HMAC-SHA256, see webhook-signature.ts). The secret is kept as given: signing needs it.
   */
  webhook: { url: string; secret: string } | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions';
export const SUBSCRIPTION_ID_PATTERN = /^sub_[0-9a-f]{16}$/;

/** `subscription_deliveries` (owned by publishing): how webhook delivery to one subscription is going. */
export interface SubscriptionDeliveryDocument {
  /** The subscription id. */
  _id: string;
  delivered: number;
  failed: number;
  consecutiveFailures: number;
  lastAttemptAt: Date;
  lastDeliveredAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
}

export const SUBSCRIPTION_DELIVERIES_COLLECTION = 'subscription_deliveries';
