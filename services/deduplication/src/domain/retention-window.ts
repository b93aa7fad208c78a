const DAY_MS = 86_400_000;

/** The UTC day of `time` as days since the epoch: the retention unit of fingerprints and buckets. */
export function dayWindow(time: Date | number): number {
  return Math.floor((typeof time === 'number' ? time : time.getTime()) / DAY_MS);
}

/**
 * Windows a lookup must read besides the current one: the retained past days, and the next day,
 * because an article racing across midnight may already have written there.
 */
export function lookupWindows(current: number, retentionDays: number): number[] {
  const windows = [current + 1];
  for (let day = current - 1; day > current - retentionDays; day -= 1) windows.push(day);
  return windows;
}

/** The first window still retained; everything older is swept. */
export function oldestRetainedWindow(current: number, retentionDays: number): number {
  return current - retentionDays + 1;
}
