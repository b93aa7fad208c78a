/** Pair counts of a clustering against gold labels. */
export interface PairCounts {
  /** Pairs in the same gold cluster and the same predicted cluster. */
  readonly truePositives: number;
  /** Pairs predicted together that gold keeps apart. */
  readonly falsePositives: number;
  /** Pairs gold puts together that the prediction keeps apart. */
  readonly falseNegatives: number;
}

/** Pairwise precision, recall and F1 (0–1) with the counts they come from. */
export interface PairScore extends PairCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function pairsOf(size: number): number {
  return (size * (size - 1)) / 2;
}

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Pair counts over all pairs of `items`, from cluster sizes rather than pair enumeration:
 * pairs together in both = Σ C(n, 2) over (gold, predicted) cells.
 */
export function countClusterPairs(
  items: readonly { readonly gold: string; readonly predicted: string }[],
): PairCounts {
  const both = tally(items.map((item) => JSON.stringify([item.gold, item.predicted])));
  const gold = tally(items.map((item) => item.gold));
  const predicted = tally(items.map((item) => item.predicted));
  const sum = (counts: Map<unknown, number>): number =>
    [...counts.values()].reduce((total, size) => total + pairsOf(size), 0);
  const truePositives = sum(both);
  return {
    truePositives,
    falsePositives: sum(predicted) - truePositives,
    falseNegatives: sum(gold) - truePositives,
  };
}

/** Adds pair counts, e.g. over topics. */
export function addPairCounts(counts: readonly PairCounts[]): PairCounts {
  return counts.reduce(
    (total, next) => ({
      truePositives: total.truePositives + next.truePositives,
      falsePositives: total.falsePositives + next.falsePositives,
      falseNegatives: total.falseNegatives + next.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/**
 * Precision, recall and F1 of pair counts. With no predicted pairs precision is 1 (nothing
 * claimed, nothing wrong); with no gold pairs recall is 1; F1 is 0 when either is 0.
 */
export function scorePairCounts(counts: PairCounts): PairScore {
  const { truePositives, falsePositives, falseNegatives } = counts;
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall =
    truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}
