/** What we know of how often a feed publishes, kept on the feed between polls. */
export interface ArrivalEstimate {
  /** Exponentially weighted mean of the seconds between consecutive new items; null until two are known. */
  readonly meanIntervalSeconds: number | null;
  /** When the newest item we know of was published (or found, for undated items). */
  readonly lastItemAt: Date;
}

// Weight of each new gap: 0.3 lets a feed that speeds up from 1 to 10 items/h be polled at the
// new pace within a handful of items, while one odd gap moves the mean by less than a third.
const SMOOTHING = 0.3;
// On the first poll a feed shows its backlog; the newest 30 gaps are plenty to start from.
const MAX_TIMES_PER_POLL = 31;

/**
 * Arrival times of this poll's new items: their publication times (a date in the future counts
 * as now), or, for undated items, spread evenly over the time since the previous poll — on a
 * feed's first poll undated items say nothing about timing.
 */
function arrivalTimes(
  publishedAt: readonly (string | null)[],
  polledAt: Date,
  previousPollAt: Date | null,
): number[] {
  const now = polledAt.getTime();
  const dated: number[] = [];
  let undated = 0;
  for (const iso of publishedAt) {
    const time = iso === null ? Number.NaN : Date.parse(iso);
    if (Number.isFinite(time)) dated.push(Math.min(time, now));
    else undated += 1;
  }
  if (undated > 0 && previousPollAt !== null && previousPollAt.getTime() < now) {
    const step = (now - previousPollAt.getTime()) / undated;
    for (let k = 1; k <= undated; k += 1) dated.push(previousPollAt.getTime() + k * step);
  }
  return dated.sort((a, b) => a - b).slice(-MAX_TIMES_PER_POLL);
}

/**
 * Folds the items a poll found new into the estimate: every gap between consecutive arrivals
 * (starting from the newest item known before) updates an exponentially weighted mean, oldest
 * gap first. A poll without new items leaves the estimate alone — the quiet time since the last
 * item is weighed when the next poll is planned, not here.
 */
export function updateArrivalEstimate(
  previous: ArrivalEstimate | null,
  newItemsPublishedAt: readonly (string | null)[],
  polledAt: Date,
  previousPollAt: Date | null,
): ArrivalEstimate | null {
  const times = arrivalTimes(newItemsPublishedAt, polledAt, previousPollAt);
  if (times.length === 0) return previous;
  const known = previous?.lastItemAt.getTime();
  const series = known !== undefined && known < (times[0] ?? 0) ? [known, ...times] : times;
  let mean = previous?.meanIntervalSeconds ?? null;
  for (let k = 1; k < series.length; k += 1) {
    const gap = ((series[k] ?? 0) - (series[k - 1] ?? 0)) / 1000;
    mean = mean === null ? gap : SMOOTHING * gap + (1 - SMOOTHING) * mean;
  }
  const newest = Math.max(known ?? -Infinity, times.at(-1) ?? -Infinity);
  // A single first item gives a time to measure from, no interval yet.
  return {
    meanIntervalSeconds: mean === null ? null : Math.max(mean, 0),
    lastItemAt: new Date(newest),
  };
}

/** "12 items/h", "0.5 items/h": how operators read a rate. */
export function describeRate(meanIntervalSeconds: number): string {
  const perHour = 3600 / Math.max(meanIntervalSeconds, 1);
  const shown = perHour >= 10 ? Math.round(perHour) : Number(perHour.toFixed(perHour >= 1 ? 1 : 2));
  return `~${shown} items/h`;
}
