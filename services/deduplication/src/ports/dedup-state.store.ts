import type { ArticleDedupState } from '../domain/exact-duplicate';
import type { VersionText } from '../domain/revision-summary';

/** The outcome of claiming a text: who owns it, and whether this call made the claim. */
export interface ContentClaim {
  readonly owner: string;
  /** True when these words were never seen before this call: no version of any article has them. */
  readonly fresh: boolean;
}

/**
 * Which article first had which words, and each article's versions. Every fact is an
 * insert-once document, so the common path (new words, new article) never reads.
 */
export interface DedupStateStore {
  /** Atomically records `articleId` as owner of `contentHash` unless another article got there first. */
  claimContent(contentHash: string, articleId: string): Promise<ContentClaim>;
  /**
   * Records `contentHash` as the article's next version: the first version number not yet taken.
   * Only for words no earlier version had. Returns that version (1 for a new article).
   */
  appendVersion(articleId: string, contentHash: string): Promise<number>;
  /** The latest version and whether it was emitted; null for an article never seen. */
  findArticle(articleId: string): Promise<ArticleDedupState | null>;
  markEmitted(articleId: string, version: number): Promise<void>;
  /** Keeps a revision's text (for the next revision's summary) until its day window is swept. */
  saveVersionText(
    articleId: string,
    version: number,
    text: VersionText,
    window: number,
  ): Promise<void>;
  findVersionText(articleId: string, version: number): Promise<VersionText | null>;
}

export const DEDUP_STATE_STORE = Symbol('DedupStateStore');
