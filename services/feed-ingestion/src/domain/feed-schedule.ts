/** How a feed is doing, as an operator sees it. */
export type FeedHealth = 'new' | 'healthy' | 'degraded' | 'broken';

/** Failures in a row after which a feed counts as broken and is polled only rarely. */
export const BROKEN_AFTER_FAILURES = 5;

export interface ScheduleBounds {
  readonly baseIntervalSeconds: number;
  readonly maxIntervalSeconds: number;
}

export interface NextPoll {
  readonly at: Date;
  /** Why this time was chosen, shown to operators ("publisher ttl 60 min", "back-off after 3 failures"…). */
  readonly reason: string;
}

/** After a good poll: the operator's interval, or longer if the publisher asks for it (RSS ttl / sy:updatePeriod). */
export function nextPollAfterSuccess(
  now: Date,
  bounds: ScheduleBounds,
  publisherTtlMinutes: number | null,
): NextPoll {
  const ttlSeconds = publisherTtlMinutes === null ? 0 : publisherTtlMinutes * 60;
  if (ttlSeconds > bounds.baseIntervalSeconds) {
    const seconds = Math.min(ttlSeconds, bounds.maxIntervalSeconds);
    return {
      at: new Date(now.getTime() + seconds * 1000),
      reason: `publisher asks for ${publisherTtlMinutes ?? 0} min between polls`,
    };
  }
  return {
    at: new Date(now.getTime() + bounds.baseIntervalSeconds * 1000),
    reason: 'regular interval',
  };
}

/**
 * After a failed poll: exponential back-off with jitter, capped at the maximum interval, and at
 * least what the server asked for in Retry-After. A broken feed keeps being retried at the cap,
 * so it recovers by itself — never stuck, never hammered.
 */
export function nextPollAfterFailure(
  now: Date,
  bounds: ScheduleBounds,
  consecutiveFailures: number,
  retryAfterSeconds: number | null,
  random: () => number = Math.random,
): NextPoll {
  const exponential = bounds.baseIntervalSeconds * 2 ** Math.max(0, consecutiveFailures - 1);
  const capped = Math.min(exponential, bounds.maxIntervalSeconds);
  const jittered = capped * (0.8 + 0.4 * random());
  const seconds = Math.max(jittered, retryAfterSeconds ?? 0);
  const reason =
    retryAfterSeconds !== null && retryAfterSeconds >= jittered
      ? `server asked to retry after ${retryAfterSeconds} s`
      : `back-off after ${consecutiveFailures} failure${consecutiveFailures === 1 ? '' : 's'} in a row`;
  return { at: new Date(now.getTime() + Math.round(seconds * 1000)), reason };
}

export function healthAfter(consecutiveFailures: number): FeedHealth {
  if (consecutiveFailures === 0) return 'healthy';
  return consecutiveFailures >= BROKEN_AFTER_FAILURES ? 'broken' : 'degraded';
}
