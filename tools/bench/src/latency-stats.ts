/** The q-quantile (0–1) of values, nearest rank; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Items per second between the first and the last timestamp (ms). */
export function ratePerSecond(timestampsMs: readonly number[]): number {
  if (timestampsMs.length < 2) return Number.NaN;
  const first = Math.min(...timestampsMs);
  const last = Math.max(...timestampsMs);
  return last === first
    ? Number.POSITIVE_INFINITY
    : ((timestampsMs.length - 1) * 1000) / (last - first);
}
