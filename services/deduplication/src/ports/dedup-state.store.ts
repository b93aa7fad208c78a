import type { ArticleDedupState } from '../domain/exact-duplicate';

/** Remembers which article first had which words, and each article's latest verdict. */
export interface DedupStateStore {
  /** Atomically records `articleId` as owner of `contentHash` unless another article got there first; returns the owner. */
  claimContent(contentHash: string, articleId: string): Promise<string>;
  findArticle(articleId: string): Promise<ArticleDedupState | null>;
  saveArticle(state: ArticleDedupState): Promise<void>;
  markEmitted(articleId: string, version: number): Promise<void>;
}

export const DEDUP_STATE_STORE = Symbol('DedupStateStore');
