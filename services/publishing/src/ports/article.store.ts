import type { ArticleDocument, ArticleVersionDocument } from '@newsflow/contracts';
import type { StoredVersion } from '../domain/article-document.builder';

export interface ArticleStore {
  /**
   * Stores the first version of an article not stored yet; false (and nothing written) when the
   * article is already there. Lets a new article, the common case, be stored without a read.
   */
  insertFirst(document: Omit<ArticleDocument, 'firstStoredAt'>): Promise<boolean>;
  findVersion(articleId: string): Promise<StoredVersion | null>;
  /** Writes the document unless a newer version is already stored. */
  upsert(document: Omit<ArticleDocument, 'firstStoredAt'>): Promise<void>;
  markPublished(articleId: string, version: number): Promise<void>;
  /** Keeps the version in the history; writing the same version twice changes nothing. */
  recordVersion(version: ArticleVersionDocument): Promise<void>;
}

export const ARTICLE_STORE = Symbol('ArticleStore');
