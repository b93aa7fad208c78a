import { healthAfter, nextPollAfterFailure, nextPollAfterSuccess } from './feed-schedule';

const now = new Date('2026-03-02T10:00:00Z');
const bounds = { baseIntervalSeconds: 300, maxIntervalSeconds: 3600 };
const seconds = (d: Date) => (d.getTime() - now.getTime()) / 1000;

describe('feed schedule', () => {
  it('polls at the regular interval after success', () => {
    const next = nextPollAfterSuccess(now, bounds, null);
    expect(seconds(next.at)).toBe(300);
    expect(next.reason).toBe('regular interval');
  });

  it('honours a longer publisher ttl, within the maximum', () => {
    expect(seconds(nextPollAfterSuccess(now, bounds, 30).at)).toBe(1800);
    expect(seconds(nextPollAfterSuccess(now, bounds, 600).at)).toBe(3600);
    expect(nextPollAfterSuccess(now, bounds, 30).reason).toContain('publisher asks for 30 min');
    expect(seconds(nextPollAfterSuccess(now, bounds, 1).at)).toBe(300);
  });

  it('backs off exponentially with jitter, capped', () => {
    const mid = () => 0.5;
    expect(seconds(nextPollAfterFailure(now, bounds, 1, null, mid).at)).toBe(300);
    expect(seconds(nextPollAfterFailure(now, bounds, 3, null, mid).at)).toBe(1200);
    expect(seconds(nextPollAfterFailure(now, bounds, 12, null, mid).at)).toBe(3600);
    expect(seconds(nextPollAfterFailure(now, bounds, 2, null, () => 0).at)).toBe(480);
    expect(seconds(nextPollAfterFailure(now, bounds, 2, null, () => 1).at)).toBe(720);
    expect(nextPollAfterFailure(now, bounds, 3, null, mid).reason).toBe(
      'back-off after 3 failures in a row',
    );
  });

  it('waits at least as long as Retry-After says', () => {
    const next = nextPollAfterFailure(now, bounds, 1, 7200, () => 0.5);
    expect(seconds(next.at)).toBe(7200);
    expect(next.reason).toBe('server asked to retry after 7200 s');
  });

  it('calls a feed degraded, then broken', () => {
    expect(healthAfter(0)).toBe('healthy');
    expect(healthAfter(1)).toBe('degraded');
    expect(healthAfter(5)).toBe('broken');
  });
});
