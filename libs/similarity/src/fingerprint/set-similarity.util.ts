/** How two shingle sets overlap. */
export interface SetOverlap {
  /** Shingles in both sets. */
  readonly shared: number;
  /** |A ∩ B| / |A ∪ B|, 0–1; 0 when both are empty. */
  readonly jaccard: number;
  /**
   * |A ∩ B| / min(|A|, |B|), 0–1: how much of the smaller text lies inside the larger. A
   * truncated copy is fully contained in its original even though their Jaccard is low.
   */
  readonly containment: number;
}

/** Exact overlap of two sorted, duplicate-free uint32 sets (as `wordShingles` returns). */
export function exactOverlap(left: Uint32Array, right: Uint32Array): SetOverlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] ?? 0;
    const b = right[j] ?? 0;
    if (a === b) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a < b) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return overlapFromCounts(shared, left.length, right.length);
}

/**
 * Overlap from a Jaccard estimate and the two set sizes: |A ∩ B| = J·(|A| + |B|) / (1 + J).
 * Lets MinHash signatures answer containment questions when the shingle sets are not at hand.
 */
export function overlapFromJaccard(
  jaccard: number,
  leftSize: number,
  rightSize: number,
): SetOverlap {
  const clamped = Math.min(1, Math.max(0, jaccard));
  const shared = Math.min(
    leftSize,
    rightSize,
    Math.round((clamped * (leftSize + rightSize)) / (1 + clamped)),
  );
  return overlapFromCounts(shared, leftSize, rightSize);
}

function overlapFromCounts(shared: number, leftSize: number, rightSize: number): SetOverlap {
  const union = leftSize + rightSize - shared;
  const smaller = Math.min(leftSize, rightSize);
  return {
    shared,
    jaccard: union === 0 ? 0 : shared / union,
    containment: smaller === 0 ? 0 : shared / smaller,
  };
}
