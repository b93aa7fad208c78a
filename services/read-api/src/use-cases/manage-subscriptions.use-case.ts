import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  subscriptionTopicDefinition,
  type SubscriptionDocument,
  type SubscriptionFilter,
} from '@newsflow/subscriptions';
import {
  SUBSCRIPTION_STORE,
  TOPIC_CREATOR,
  type SubscriptionStore,
  type TopicCreator,
} from '../ports/subscription.store';

export interface SubscriptionView {
  readonly id: string;
  readonly name: string;
  readonly filter: SubscriptionFilter;
  /** Where matching articles are produced (add KAFKA_TOPIC_PREFIX if the deployment uses one). */
  readonly topic: string;
  readonly status: SubscriptionDocument['status'];
  readonly createdAt: string;
}

@Injectable()
export class ManageSubscriptionsUseCase {
  constructor(
    @Inject(SUBSCRIPTION_STORE) private readonly store: SubscriptionStore,
    @Inject(TOPIC_CREATOR) private readonly topics: TopicCreator,
  ) {}

  /** The topic exists before the subscription does, so publishing never produces to a missing topic. */
  async create(name: string, filter: SubscriptionFilter): Promise<SubscriptionView> {
    const id = `sub_${randomBytes(8).toString('hex')}`;
    const topic = subscriptionTopicDefinition(id);
    await this.topics.ensure(topic);
    const now = new Date();
    const subscription: SubscriptionDocument = {
      _id: id,
      name,
      filter,
      topic: topic.name,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    await this.store.create(subscription);
    return view(subscription);
  }

  async list(): Promise<SubscriptionView[]> {
    return (await this.store.list()).map(view);
  }

  async get(id: string): Promise<SubscriptionView | null> {
    const subscription = await this.store.get(id);
    return subscription ? view(subscription) : null;
  }

  /** The topic is left to expire by retention, so a subscriber can still drain it. */
  remove(id: string): Promise<boolean> {
    return this.store.remove(id);
  }
}

function view(subscription: SubscriptionDocument): SubscriptionView {
  return {
    id: subscription._id,
    name: subscription.name,
    filter: subscription.filter,
    topic: subscription.topic,
    status: subscription.status,
    createdAt: subscription.createdAt.toISOString(),
  };
}
