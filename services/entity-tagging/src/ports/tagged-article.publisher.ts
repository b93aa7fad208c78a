import type { ArticleTaggedV1Payload } from '@newsflow/contracts';

export interface TaggedArticlePublisher {
  publish(
    payload: ArticleTaggedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void>;
}

export const TAGGED_ARTICLE_PUBLISHER = Symbol('TaggedArticlePublisher');
