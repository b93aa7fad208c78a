import type { ArticleDocument, ArticleVersionDocument } from '@newsflow/contracts';
import type { ArticleQuery } from '../domain/article-query';

export interface ArticleReadStore {
  /** Newest first by (sortAt, id); returns at most `query.limit` documents. */
  search(query: ArticleQuery): Promise<ArticleDocument[]>;
  findById(id: string): Promise<ArticleDocument | null>;
  /** Every stored version, newest first. */
  versions(id: string): Promise<ArticleVersionDocument[]>;
}

export const ARTICLE_READ_STORE = Symbol('ArticleReadStore');
