import type { ExtractedArticle } from '@newsflow/contracts';

export interface IngestedArticlePublisher {
  /** Returns the event id. */
  publish(article: ExtractedArticle): Promise<string>;
}

export const INGESTED_ARTICLE_PUBLISHER = Symbol('IngestedArticlePublisher');
