import type { SubscriptionFilter } from '@newsflow/subscriptions';

export interface ActiveSubscription {
  readonly id: string;
  readonly filter: SubscriptionFilter;
  readonly topic: string;
  readonly webhook: { readonly url: string; readonly secret: string } | null;
}

/** The subscriptions to fan out to. May lag behind changes by a few seconds (it is cached). */
export interface SubscriptionSource {
  active(): Promise<readonly ActiveSubscription[]>;
}

export const SUBSCRIPTION_SOURCE = Symbol('SubscriptionSource');
