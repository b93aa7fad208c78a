import type { EntityLabel } from '../gazetteer/gazetteer.types';
import type { LabelledSpan } from '../tagger/entity-span.types';

/** Exact-match counts for one class, or for several pooled. */
export interface SpanCounts {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

export interface SpanScores extends SpanCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * conlleval's measure: a predicted span counts only if a gold span has exactly its start, end
 * and class. Spans of classes outside `labels` are ignored on both sides.
 */
export function countSpans(
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
  labels: readonly EntityLabel[],
): Map<EntityLabel, SpanCounts> {
  const key = (span: LabelledSpan): string => `${span.start}:${span.end}:${span.label}`;
  const goldKeys = new Set(gold.filter((span) => labels.includes(span.label)).map(key));
  const counts = new Map<EntityLabel, { tp: number; fp: number; fn: number }>(
    labels.map((label) => [label, { tp: 0, fp: 0, fn: 0 }]),
  );
  const matched = new Set<string>();
  for (const span of predicted) {
    const entry = counts.get(span.label);
    if (entry === undefined) continue;
    const spanKey = key(span);
    if (goldKeys.has(spanKey) && !matched.has(spanKey)) {
      entry.tp += 1;
      matched.add(spanKey);
    } else {
      entry.fp += 1;
    }
  }
  for (const span of gold) {
    const entry = counts.get(span.label);
    if (entry !== undefined && !matched.has(key(span))) entry.fn += 1;
  }
  return new Map(
    [...counts].map(([label, { tp, fp, fn }]) => [
      label,
      { truePositives: tp, falsePositives: fp, falseNegatives: fn },
    ]),
  );
}

/** Adds counts together, e.g. over documents or over classes (micro-averaging). */
export function addCounts(...all: readonly SpanCounts[]): SpanCounts {
  return all.reduce<SpanCounts>(
    (sum, counts) => ({
      truePositives: sum.truePositives + counts.truePositives,
      falsePositives: sum.falsePositives + counts.falsePositives,
      falseNegatives: sum.falseNegatives + counts.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/** Precision, recall and F1 from counts; 0 where a ratio has nothing to divide by. */
export function scoreCounts(counts: SpanCounts): SpanScores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}
