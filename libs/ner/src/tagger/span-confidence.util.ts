import type { TokenSpan } from '../model/label-scheme.util';

/**
 * A 0–1 belief in a decoded span: the smallest posterior, over its tokens, of the label the
 * decoder chose there. An upper bound on the probability of the whole span, and the quantity
 * the calibration in docs/quality-ner.md was measured for.
 */
export function spanConfidence(
  marginals: Float64Array,
  path: Int32Array,
  span: TokenSpan,
  labels: number,
): number {
  let lowest = 1;
  for (let token = span.first; token <= span.last; token += 1) {
    lowest = Math.min(lowest, marginals[token * labels + (path[token] ?? 0)] ?? 0);
  }
  return Math.round(lowest * 1000) / 1000;
}
