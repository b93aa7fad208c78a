import { addPairCounts, scorePairCounts, type PairCounts } from '@newsflow/similarity';

/** Pair counts per topic at one threshold. */
export interface CurvePoint {
  readonly threshold: number;
  readonly perTopic: PairCounts[];
}

export type Curve = readonly CurvePoint[];

/** 0.10, 0.11, … 0.50: the range where story similarities separate events. */
export const SWEEP_THRESHOLDS: readonly number[] = Array.from(
  { length: 41 },
  (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100,
);

/** Runs `score` at every threshold of the sweep. */
export function sweepThresholds(
  score: (threshold: number) => PairCounts[],
  thresholds: readonly number[] = SWEEP_THRESHOLDS,
): Curve {
  return thresholds.map((threshold) => ({ threshold, perTopic: score(threshold) }));
}

function f1Over(point: CurvePoint | undefined, topics?: ReadonlySet<number>): number {
  const counts = (point?.perTopic ?? []).filter(
    (_, index) => topics === undefined || topics.has(index),
  );
  return scorePairCounts(addPairCounts(counts)).f1;
}

/**
 * The best point of a curve by pairwise F1 over `topics` (all when omitted). With `smooth`,
 * each point's F1 is averaged with its two neighbours first: a lone spike on the tuning data
 * is less likely to hold on other data than a plateau. Ties go to the lower threshold.
 */
export function chooseThreshold(
  curve: Curve,
  options: { readonly smooth: boolean },
  topics?: ReadonlySet<number>,
): CurvePoint {
  const value = (index: number): number => {
    if (!options.smooth) return f1Over(curve[index], topics);
    const window = curve.slice(Math.max(0, index - 1), index + 2);
    return window.reduce((sum, point) => sum + f1Over(point, topics), 0) / window.length;
  };
  let top = 0;
  for (let index = 1; index < curve.length; index += 1) {
    if (value(index) > value(top)) top = index;
  }
  const point = curve[top];
  if (point === undefined) throw new Error('cannot choose a threshold from an empty curve');
  return point;
}
