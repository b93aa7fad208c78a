import type { Freshness } from './cache-freshness';
import {
  healthAfter,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  resolveBounds,
  type PollSignals,
  type ScheduleBounds,
} from './feed-schedule';
import type { ArrivalEstimate } from './publishing-rate';

const now = new Date('2026-03-02T10:00:00Z');
const bounds: ScheduleBounds = {
  minIntervalSeconds: 60,
  baseIntervalSeconds: 300,
  maxIntervalSeconds: 3600,
  maxBackoffSeconds: 3600,
};
const seconds = (d: Date) => (d.getTime() - now.getTime()) / 1000;
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const quietSignals: PollSignals = {
  ttlMinutes: null,
  freshness: null,
  arrival: null,
  backlog: false,
};
const arrival = (mean: number | null, lastItemSecondsAgo = 0): ArrivalEstimate => ({
  meanIntervalSeconds: mean,
  lastItemAt: ago(lastItemSecondsAgo),
});
const maxAge = (s: number): Freshness => ({ seconds: s, rule: `cache-control max-age ${s}s` });

describe('nextPollAfterSuccess', () => {
  it.each<[string, Partial<PollSignals>, number, string]>([
    ['nothing known', {}, 300, 'regular interval'],
    ['only one item so far', { arrival: arrival(null) }, 300, 'regular interval'],
    ['12 items/h', { arrival: arrival(300) }, 300, 'adaptive: ~12 items/h'],
    ['2 items/h', { arrival: arrival(1800, 60) }, 1800, 'adaptive: ~2 items/h'],
    [
      '120 items/h, held at the floor',
      { arrival: arrival(30) },
      60,
      'adaptive: ~120 items/h (min 60 s)',
    ],
    [
      'one item a day, capped',
      { arrival: arrival(86_400) },
      3600,
      'adaptive: ~0.04 items/h (capped at max 60 min)',
    ],
    [
      'busy but quiet for 2 h',
      { arrival: arrival(300, 7200) },
      1800,
      'adaptive: ~12 items/h, quiet for 2 h',
    ],
    ['ttl longer than the rate', { arrival: arrival(300), ttlMinutes: 30 }, 1800, 'ttl 30 min'],
    [
      'ttl shorter than the rate',
      { arrival: arrival(1800), ttlMinutes: 5 },
      1800,
      'adaptive: ~2 items/h',
    ],
    [
      'max-age above the rate',
      { arrival: arrival(300), freshness: maxAge(600) },
      600,
      'cache-control max-age 600s',
    ],
    [
      'max-age beats ttl',
      { ttlMinutes: 10, freshness: maxAge(900) },
      900,
      'cache-control max-age 900s',
    ],
    [
      'max-age capped at max',
      { freshness: maxAge(86_400) },
      3600,
      'cache-control max-age 86400s (capped at max 60 min)',
    ],
    ['ttl capped at max', { ttlMinutes: 600 }, 3600, 'ttl 600 min (capped at max 60 min)'],
    [
      'backlog comes back soon',
      { arrival: arrival(1800), backlog: true },
      60,
      'backlog: new items left for the next poll',
    ],
    [
      'backlog still waits for the cache',
      { backlog: true, freshness: maxAge(120) },
      120,
      'cache-control max-age 120s',
    ],
  ])('%s', (_name, signals, expectedSeconds, reason) => {
    const next = nextPollAfterSuccess(now, bounds, { ...quietSignals, ...signals });
    expect(seconds(next.at)).toBe(expectedSeconds);
    expect(next.reason).toBe(reason);
  });
});

describe('resolveBounds', () => {
  const defaults = bounds;
  it.each<[string, number | null, number | null, Partial<ScheduleBounds>]>([
    [
      'defaults',
      null,
      null,
      { minIntervalSeconds: 60, baseIntervalSeconds: 300, maxIntervalSeconds: 3600 },
    ],
    [
      'a hot feed',
      30,
      120,
      { minIntervalSeconds: 30, baseIntervalSeconds: 120, maxIntervalSeconds: 120 },
    ],
    [
      'a slow feed',
      900,
      7200,
      {
        minIntervalSeconds: 900,
        baseIntervalSeconds: 900,
        maxIntervalSeconds: 7200,
        maxBackoffSeconds: 7200,
      },
    ],
    ['min above max', 600, 300, { minIntervalSeconds: 600, maxIntervalSeconds: 600 }],
    ['nonsense values', -5, Number.NaN, { minIntervalSeconds: 60, maxIntervalSeconds: 3600 }],
  ])('%s', (_name, min, max, expected) => {
    expect(
      resolveBounds(defaults, { minIntervalSeconds: min, maxIntervalSeconds: max }),
    ).toMatchObject(expected);
  });
});

describe('nextPollAfterFailure', () => {
  const mid = () => 0.5;
  it.each<[number, number | null, () => number, number, string]>([
    [1, null, mid, 300, 'back-off after 1 failure in a row'],
    [3, null, mid, 1200, 'back-off after 3 failures in a row'],
    [12, null, mid, 3600, 'back-off after 12 failures in a row'],
    [2, null, () => 0, 480, 'back-off after 2 failures in a row'],
    [2, null, () => 1, 720, 'back-off after 2 failures in a row'],
    [1, 7200, mid, 7200, 'retry-after 7200 s'],
    [3, 60, mid, 1200, 'back-off after 3 failures in a row'],
  ])('%i failures, Retry-After %p', (failures, retryAfter, random, expected, reason) => {
    const next = nextPollAfterFailure(now, bounds, failures, retryAfter, random);
    expect(seconds(next.at)).toBe(expected);
    expect(next.reason).toBe(reason);
  });
});

describe('healthAfter', () => {
  it('calls a feed degraded, then broken', () => {
    expect(healthAfter(0)).toBe('healthy');
    expect(healthAfter(1)).toBe('degraded');
    expect(healthAfter(5)).toBe('broken');
  });
});
