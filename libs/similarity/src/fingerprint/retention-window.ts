const DAY_MS = 86_400_000;

/** The UTC day of `time` as days since the epoch: the retention unit of fingerprints and buckets. */
export function dayWindow(time: Date | number): number {
  return Math.floor((typeof time === 'number' ? time : time.getTime()) / DAY_MS);
}

/**
 * Bucket windows of an article handled on day `current`. Windows span `retentionDays` days and are
 * named by their first day. An article joins its buckets in its own window and the next, and reads
 * the same two: every later article within retention falls in one of them, and two articles racing
 * across a window boundary (or with clocks a day apart) share one both wrote. So each article
 * writes two bucket slots per band whatever the retention (writing forward through every day of
 * it cost seven at the default, measured in docs/performance.md).
 */
export function bucketWindows(
  current: number,
  retentionDays: number,
): { write: number[]; read: number[] } {
  const span = Math.max(1, retentionDays);
  const start = Math.floor(current / span) * span;
  return { write: [start, start + span], read: [start, start + span] };
}

/**
 * The first bucket window anybody may still read: that of yesterday (a day of slack covers
 * clocks a little behind). Windows named by an older day — of a shorter span before a change of
 * retention, too — are dropped once they are older than it.
 */
export function oldestReadBucketWindow(current: number, retentionDays: number): number {
  const span = Math.max(1, retentionDays);
  return Math.floor((current - 1) / span) * span;
}

/** The first window still retained; everything older is swept. */
export function oldestRetainedWindow(current: number, retentionDays: number): number {
  return current - retentionDays + 1;
}
