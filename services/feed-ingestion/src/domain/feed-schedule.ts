import type { Freshness } from './cache-freshness';
import { describeRate, type ArrivalEstimate } from './publishing-rate';

/** How a feed is doing, as an operator sees it. */
export type FeedHealth = 'new' | 'healthy' | 'degraded' | 'broken';

/** Failures in a row after which a feed counts as broken and is polled only rarely. */
export const BROKEN_AFTER_FAILURES = 5;

/** The intervals a feed is polled within, in seconds (see resolveBounds). */
export interface ScheduleBounds {
  /** Never sooner than this after a good poll (the operator's floor for adaptive polling). */
  readonly minIntervalSeconds: number;
  /** Interval when nothing better is known: a new feed, or one whose items carry no dates. */
  readonly baseIntervalSeconds: number;
  /** Never later than this after a good poll, whatever the publisher or its cache headers say. */
  readonly maxIntervalSeconds: number;
  /** Ceiling of the back-off after failures (Retry-After may still ask for longer). */
  readonly maxBackoffSeconds: number;
}

export interface NextPoll {
  readonly at: Date;
  /** Which rule decided, for operators: "adaptive: ~12 items/h", "ttl 30 min", "retry-after 120 s"… */
  readonly reason: string;
}

/** What a good poll learnt that bears on the next one. */
export interface PollSignals {
  /** RSS ttl or sy:updatePeriod, in minutes. */
  readonly ttlMinutes: number | null;
  /** Cache-Control max-age or Expires of the response. */
  readonly freshness: Freshness | null;
  readonly arrival: ArrivalEstimate | null;
  /** The poll left new items for later (per-poll cap): come back soon. */
  readonly backlog: boolean;
}

/** Per-feed bounds from the feed document, where the operator set sane ones, else the defaults. */
export interface FeedBoundOverrides {
  readonly minIntervalSeconds: number | null;
  readonly maxIntervalSeconds: number | null;
}

// A quiet feed slows polling down by a quarter of its silence: after 8 h without an item a feed
// that used to publish every 5 minutes is polled every 2 h, and speeds up again with its next item.
const QUIET_FACTOR = 0.25;

function usable(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value > 0;
}

/** Applies a feed's own min/max over the defaults, keeping min ≤ base ≤ max whatever was stored. */
export function resolveBounds(defaults: ScheduleBounds, feed: FeedBoundOverrides): ScheduleBounds {
  const min = Math.round(
    usable(feed.minIntervalSeconds) ? feed.minIntervalSeconds : defaults.minIntervalSeconds,
  );
  const max = Math.max(
    min,
    Math.round(
      usable(feed.maxIntervalSeconds) ? feed.maxIntervalSeconds : defaults.maxIntervalSeconds,
    ),
  );
  return {
    minIntervalSeconds: min,
    baseIntervalSeconds: Math.min(Math.max(defaults.baseIntervalSeconds, min), max),
    maxIntervalSeconds: max,
    maxBackoffSeconds: Math.max(defaults.maxBackoffSeconds, max),
  };
}

function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

function baseInterval(now: Date, bounds: ScheduleBounds, signals: PollSignals): [number, string] {
  if (signals.backlog)
    return [bounds.minIntervalSeconds, 'backlog: new items left for the next poll'];
  const mean = signals.arrival?.meanIntervalSeconds ?? null;
  if (signals.arrival === null || mean === null)
    return [bounds.baseIntervalSeconds, 'regular interval'];
  const quietSeconds = Math.max(0, (now.getTime() - signals.arrival.lastItemAt.getTime()) / 1000);
  const quiet = quietSeconds * QUIET_FACTOR > mean;
  const wanted = quiet ? quietSeconds * QUIET_FACTOR : mean;
  const rate = `adaptive: ${describeRate(mean)}${quiet ? `, quiet for ${formatSeconds(quietSeconds)}` : ''}`;
  if (wanted < bounds.minIntervalSeconds)
    return [bounds.minIntervalSeconds, `${rate} (min ${formatSeconds(bounds.minIntervalSeconds)})`];
  return [wanted, rate];
}

/**
 * After a good poll: the adaptive interval from the feed's publishing rate (or the regular one),
 * then the publisher's ttl and the response's cache lifetime as lower bounds — never poll before
 * the server says its content is fresh — and finally the feed's maximum as a hard ceiling.
 */
export function nextPollAfterSuccess(
  now: Date,
  bounds: ScheduleBounds,
  signals: PollSignals,
): NextPoll {
  let [seconds, reason] = baseInterval(now, bounds, signals);
  if (usable(signals.ttlMinutes) && signals.ttlMinutes * 60 > seconds) {
    seconds = signals.ttlMinutes * 60;
    reason = `ttl ${signals.ttlMinutes} min`;
  }
  if (signals.freshness !== null && signals.freshness.seconds > seconds) {
    seconds = signals.freshness.seconds;
    reason = signals.freshness.rule;
  }
  if (seconds > bounds.maxIntervalSeconds) {
    seconds = bounds.maxIntervalSeconds;
    reason = `${reason} (capped at max ${formatSeconds(bounds.maxIntervalSeconds)})`;
  }
  return { at: new Date(now.getTime() + Math.round(seconds * 1000)), reason };
}

/**
 * After a failed poll: exponential back-off from the base interval with jitter, capped, and at
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
  const capped = Math.min(exponential, bounds.maxBackoffSeconds);
  const jittered = capped * (0.8 + 0.4 * random());
  const seconds = Math.max(jittered, retryAfterSeconds ?? 0);
  const reason =
    retryAfterSeconds !== null && retryAfterSeconds >= jittered
      ? `retry-after ${retryAfterSeconds} s`
      : `back-off after ${consecutiveFailures} failure${consecutiveFailures === 1 ? '' : 's'} in a row`;
  return { at: new Date(now.getTime() + Math.round(seconds * 1000)), reason };
}

export function healthAfter(consecutiveFailures: number): FeedHealth {
  if (consecutiveFailures === 0) return 'healthy';
  return consecutiveFailures >= BROKEN_AFTER_FAILURES ? 'broken' : 'degraded';
}
