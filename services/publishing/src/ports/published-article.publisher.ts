import type { ArticlePublishedV1Payload } from '@newsflow/contracts';

export interface PublishedArticlePublisher {
  publish(
    payload: ArticlePublishedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void>;
}

export const PUBLISHED_ARTICLE_PUBLISHER = Symbol('PublishedArticlePublisher');
