import type { ArticleDocument, ArticleVersionDocument } from '@newsflow/contracts';
import type { ArticleQuery } from '../domain/article-query';
import type { EntityCount } from '../domain/entity-trends';

export interface ArticleReadStore {
  /** Newest first by (sortAt, id); returns at most `query.limit` documents. */
  search(query: ArticleQuery): Promise<ArticleDocument[]>;
  findById(id: string): Promise<ArticleDocument | null>;
  /** Articles per entity (and name spelling) with sortAt in [from, to), most first. */
  entityCounts(
    from: Date,
    to: Date,
    type: string | undefined,
    limit: number,
  ): Promise<EntityCount[]>;
  /** Every stored version, newest first. */
  versions(id: string): Promise<ArticleVersionDocument[]>;
}

export const ARTICLE_READ_STORE = Symbol('ArticleReadStore');
