/**
 * Parses a Retry-After header (delta-seconds or HTTP-date) into whole seconds from `nowMs`.
 * Returns undefined when absent or unparseable; dates in the past give 0.
 */
export function parseRetryAfter(
  value: string | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const trimmed = value?.trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  // Only IMF-fixdate and its obsolete siblings contain letters; bare numbers like "1.5" are invalid.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const dateMs = Date.parse(trimmed);
  if (Number.isNaN(dateMs)) return undefined;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}
