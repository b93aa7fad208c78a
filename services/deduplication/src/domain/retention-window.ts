const DAY_MS = 86_400_000;

/** The UTC day of `time` as days since the epoch: the retention unit of fingerprints and buckets. */
export function dayWindow(time: Date | number): number {
  return Math.floor((typeof time === 'number' ? time : time.getTime()) / DAY_MS);
}

/**
 * Bucket windows of an article handled on day `current`. It joins its buckets in every window
 * that a later article within retention will read (and in the next one, for a race across
 * midnight), so a reader needs only its own day and the next: two racing articles always meet
 * in a window both read, whichever side of midnight each is on.
 */
export function bucketWindows(
  current: number,
  retentionDays: number,
): { write: number[]; read: number[] } {
  const write: number[] = [];
  for (let day = current; day <= current + Math.max(1, retentionDays - 1); day += 1)
    write.push(day);
  return { write, read: [current, current + 1] };
}

/** Bucket windows read by nobody any more; a day of slack covers clocks a little behind. */
export function oldestReadBucketWindow(current: number): number {
  return current - 1;
}

/** The first window still retained; everything older is swept. */
export function oldestRetainedWindow(current: number, retentionDays: number): number {
  return current - retentionDays + 1;
}
