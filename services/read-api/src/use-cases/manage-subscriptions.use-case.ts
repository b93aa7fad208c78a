import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  newWebhookSecret,
  subscriptionTopicDefinition,
  type SubscriptionDeliveryDocument,
  type SubscriptionDocument,
  type SubscriptionFilter,
} from '@newsflow/subscriptions';
import {
  SUBSCRIPTION_STORE,
  TOPIC_CREATOR,
  type SubscriptionStore,
  type TopicCreator,
} from '../ports/subscription.store';

export type DeliveryStatus = Omit<SubscriptionDeliveryDocument, '_id'>;

export interface SubscriptionView {
  readonly id: string;
  readonly name: string;
  readonly filter: SubscriptionFilter;
  /** Where matching articles are produced (add KAFKA_TOPIC_PREFIX if the deployment uses one). */
  readonly topic: string;
  readonly status: SubscriptionDocument['status'];
  readonly createdAt: string;
  /** The webhook's URL (never its secret) and, when asked for one subscription, how delivery is going. */
  readonly webhook: { readonly url: string; readonly delivery: DeliveryStatus | null } | null;
}

@Injectable()
export class ManageSubscriptionsUseCase {
  constructor(
    @Inject(SUBSCRIPTION_STORE) private readonly store: SubscriptionStore,
    @Inject(TOPIC_CREATOR) private readonly topics: TopicCreator,
  ) {}

  /**
   * The topic exists before the subscription does, so publishing never produces to a missing
   * topic. The webhook secret is in this answer only: subscribers need it to verify signatures.
   */
  async create(
    name: string,
    filter: SubscriptionFilter,
    webhookUrl: string | null,
  ): Promise<SubscriptionView & { webhookSecret: string | null }> {
    const id = `sub_${randomBytes(8).toString('hex')}`;
    const topic = subscriptionTopicDefinition(id);
    await this.topics.ensure(topic);
    const now = new Date();
    const webhook = webhookUrl ? { url: webhookUrl, secret: newWebhookSecret() } : null;
    const subscription: SubscriptionDocument = {
      _id: id,
      name,
      filter,
      topic: topic.name,
      status: 'active',
      webhook,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.create(subscription);
    return { ...view(subscription, null), webhookSecret: webhook?.secret ?? null };
  }

  async list(): Promise<SubscriptionView[]> {
    return (await this.store.list()).map((subscription) => view(subscription, null));
  }

  async get(id: string): Promise<SubscriptionView | null> {
    const subscription = await this.store.get(id);
    return subscription ? view(subscription, await this.store.delivery(id)) : null;
  }

  /**
   * A paused subscription gets nothing on its topic or webhook until resumed; what was published
   * meanwhile is not replayed (publishing re-reads active subscriptions within its refresh time).
   */
  async setStatus(id: string, status: 'active' | 'paused'): Promise<SubscriptionView | null> {
    if (!(await this.store.setStatus(id, status, new Date()))) return null;
    return this.get(id);
  }

  /** The topic is left to expire by retention, so a subscriber can still drain it. */
  remove(id: string): Promise<boolean> {
    return this.store.remove(id);
  }
}

function view(
  subscription: SubscriptionDocument,
  delivery: SubscriptionDeliveryDocument | null,
): SubscriptionView {
  return {
    id: subscription._id,
    name: subscription.name,
    filter: subscription.filter,
    topic: subscription.topic,
    status: subscription.status,
    createdAt: subscription.createdAt.toISOString(),
    webhook: subscription.webhook
      ? { url: subscription.webhook.url, delivery: delivery && deliveryStatus(delivery) }
      : null,
  };
}

function deliveryStatus(delivery: SubscriptionDeliveryDocument): DeliveryStatus {
  return {
    delivered: delivery.delivered,
    failed: delivery.failed,
    consecutiveFailures: delivery.consecutiveFailures,
    lastAttemptAt: delivery.lastAttemptAt,
    lastDeliveredAt: delivery.lastDeliveredAt,
    lastStatus: delivery.lastStatus,
    lastError: delivery.lastError,
  };
}
