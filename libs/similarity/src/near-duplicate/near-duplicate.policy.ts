import type { ArticleFingerprint } from '../fingerprint/fingerprint.model';
import { estimateJaccard } from '../fingerprint/minhash.util';
import {
  exactOverlap,
  overlapFromJaccard,
  type SetOverlap,
} from '../fingerprint/set-similarity.util';

/** When two bodies count as copies of one text. */
export interface NearDuplicateThresholds {
  /**
   * Minimum share of the smaller text's shingles found in the larger one. Containment rather
   * than Jaccard, so that a copy cut after a few paragraphs, or padded with local paragraphs,
   * still matches its original.
   */
  readonly minContainment: number;
  /**
   * Minimum number of shared shingles: a one-line brief wholly contained in a long article is
   * not a copy of it.
   */
  readonly minSharedShingles: number;
}

/**
 * Chosen on the syndication set (docs/quality-stories.md): every copy there reaches
 * containment ≥ 0.70 with some other copy of its text, while articles written independently
 * about the same people and places stay ≤ 0.15, even a follow-up that reuses a background
 * paragraph verbatim. 0.5 leaves room on both sides.
 */
export const DEFAULT_NEAR_DUPLICATE_THRESHOLDS: NearDuplicateThresholds = Object.freeze({
  minContainment: 0.5,
  minSharedShingles: 20,
});

/** A stored article that LSH returned as a candidate. */
export interface StoredFingerprint {
  readonly articleId: string;
  readonly fingerprint: ArticleFingerprint;
}

/** One stored article that the incoming article copies. */
export interface NearDuplicateMatch {
  readonly articleId: string;
  /** Jaccard similarity, 0–1. */
  readonly similarity: number;
  /** Containment, 0–1 (see `SetOverlap`). */
  readonly containment: number;
}

/** The verdict for one incoming article against the candidates LSH found for it. */
export interface NearDuplicateDecision {
  readonly verdict: 'unique' | 'near-duplicate';
  /** The best-matching stored article when near-duplicate, else null. */
  readonly duplicateOf: string | null;
  /** Jaccard similarity (0–1) to the best-matching candidate, 0 when there is none. */
  readonly similarity: number;
  /** Containment (0–1, see `SetOverlap`) in the best-matching candidate, 0 when none. */
  readonly containment: number;
  /**
   * Every candidate that passes the thresholds, best first (`duplicateOf` is the first). When
   * they belong to different near-duplicate groups, this article proves the groups are copies
   * of one text and the caller should join them: arrival order must not split a wire story.
   */
  readonly matches: readonly NearDuplicateMatch[];
}

/**
 * Overlap of two fingerprints: exact on the shingle sets when both are loaded (a few thousand
 * integer comparisons), else estimated from the MinHash signatures and set sizes.
 */
export function compareFingerprints(
  left: ArticleFingerprint,
  right: ArticleFingerprint,
): SetOverlap {
  if (left.scheme !== right.scheme) {
    throw new Error(`fingerprint schemes differ: ${left.scheme} vs ${right.scheme}`);
  }
  const exact =
    left.shingles.length === left.shingleCount && right.shingles.length === right.shingleCount;
  return exact
    ? exactOverlap(left.shingles, right.shingles)
    : overlapFromJaccard(
        estimateJaccard(left.signature, right.signature),
        left.shingleCount,
        right.shingleCount,
      );
}

/**
 * Whether `candidate` copies one of `existing`. Of several candidates the one with the highest
 * containment wins (then Jaccard, then list order), so the result is deterministic for a given
 * input. Which copy of a group is the original is a separate question (`pickOriginal`).
 */
export function decideNearDuplicate(
  candidate: ArticleFingerprint,
  existing: readonly StoredFingerprint[],
  thresholds: NearDuplicateThresholds = DEFAULT_NEAR_DUPLICATE_THRESHOLDS,
): NearDuplicateDecision {
  const ranked = existing
    .map((stored, order) => ({
      articleId: stored.articleId,
      order,
      overlap: compareFingerprints(candidate, stored.fingerprint),
    }))
    .sort((a, b) => compareOverlaps(b.overlap, a.overlap) || a.order - b.order);
  const best = ranked[0];
  if (best === undefined) {
    return { verdict: 'unique', duplicateOf: null, similarity: 0, containment: 0, matches: [] };
  }
  const matches = ranked
    .filter(
      ({ overlap }) =>
        overlap.containment >= thresholds.minContainment &&
        overlap.shared >= thresholds.minSharedShingles,
    )
    .map(({ articleId, overlap }) => ({
      articleId,
      similarity: overlap.jaccard,
      containment: overlap.containment,
    }));
  return {
    verdict: matches.length > 0 ? 'near-duplicate' : 'unique',
    duplicateOf: matches[0]?.articleId ?? null,
    similarity: best.overlap.jaccard,
    containment: best.overlap.containment,
    matches,
  };
}

// Higher containment first, then higher Jaccard; 0 when equal.
function compareOverlaps(left: SetOverlap, right: SetOverlap): number {
  return left.containment - right.containment || left.jaccard - right.jaccard;
}
