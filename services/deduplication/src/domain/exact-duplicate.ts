/** What deduplication remembers about one article id. */
export interface ArticleDedupState {
  readonly articleId: string;
  readonly contentHash: string;
  readonly version: number;
  /** True once the verdict for this version has been produced downstream. */
  readonly emitted: boolean;
}

export type DedupDecision =
  | {
      readonly action: 'drop';
      readonly reason: 'same-text-other-article';
      readonly duplicateOf: string;
    }
  | { readonly action: 'drop'; readonly reason: 'already-published' }
  | { readonly action: 'emit'; readonly verdict: 'unique' | 'revision'; readonly version: number };

/**
 * Exact-repeat rules. `contentOwner` is the article that first claimed these words.
 * - Same words under another article id (another URL, or a re-push elsewhere): a repeat, dropped.
 * - Same article, same words, already emitted: a repeat (or a redelivery), dropped.
 * - Same article, same words, not yet emitted: a crash between decide and emit; emit again
 *   with the same version (downstream is idempotent on article id + version).
 * - Same article, new words: a revision with the next version.
 */
export function decideExactDuplicate(input: {
  readonly articleId: string;
  readonly contentHash: string;
  readonly contentOwner: string;
  readonly state: ArticleDedupState | null;
}): DedupDecision {
  const { articleId, contentHash, contentOwner, state } = input;
  if (contentOwner !== articleId) {
    return { action: 'drop', reason: 'same-text-other-article', duplicateOf: contentOwner };
  }
  if (state === null) return { action: 'emit', verdict: 'unique', version: 1 };
  if (state.contentHash === contentHash) {
    return state.emitted
      ? { action: 'drop', reason: 'already-published' }
      : {
          action: 'emit',
          verdict: state.version === 1 ? 'unique' : 'revision',
          version: state.version,
        };
  }
  return { action: 'emit', verdict: 'revision', version: state.version + 1 };
}
