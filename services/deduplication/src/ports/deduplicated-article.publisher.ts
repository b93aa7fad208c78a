import type { ArticleDeduplicatedV1Payload } from '@newsflow/contracts';

export interface DeduplicatedArticlePublisher {
  publish(
    payload: ArticleDeduplicatedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void>;
}

export const DEDUPLICATED_ARTICLE_PUBLISHER = Symbol('DeduplicatedArticlePublisher');
