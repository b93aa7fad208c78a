import type { ArticlePublishedV1Payload } from '@newsflow/contracts';

export interface PublishTrace {
  readonly correlationId: string;
  readonly causationId: string;
}

export interface PublishedArticlePublisher {
  publish(payload: ArticlePublishedV1Payload, trace: PublishTrace): Promise<void>;
  /** The same event on one subscription's own topic. */
  publishToSubscription(
    subscription: { readonly id: string; readonly topic: string },
    payload: ArticlePublishedV1Payload,
    trace: PublishTrace,
  ): Promise<void>;
}

export const PUBLISHED_ARTICLE_PUBLISHER = Symbol('PublishedArticlePublisher');
