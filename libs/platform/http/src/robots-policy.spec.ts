import {
  decideRobots,
  MAX_CRAWL_DELAY_MS,
  ROBOTS_CACHE_TTL_MS,
  ROBOTS_UNREACHABLE_TTL_MS,
  spacingForHost,
} from './robots-policy';

const now = Date.UTC(2025, 0, 1);

describe('decideRobots (RFC 9309 §2.3.1 and §2.4)', () => {
  it('keeps a fetched file for 24 hours', () => {
    const decision = decideRobots({ kind: 'fetched', text: 'User-agent: *' }, now);
    expect(decision).toMatchObject({ mode: 'rules', expiresAt: now + ROBOTS_CACHE_TTL_MS });
  });

  it.each([400, 401, 403, 404, 410, 451])(
    'treats %i as unavailable: allow all for 24 h',
    (status) => {
      expect(decideRobots({ kind: 'status', status }, now)).toEqual({
        mode: 'allow-all',
        expiresAt: now + ROBOTS_CACHE_TTL_MS,
        reason: `robots.txt answered ${status}`,
      });
    },
  );

  it.each([429, 500, 502, 503, 504, 0, 302])(
    'treats %i as unreachable: disallow all, ask again soon',
    (status) => {
      expect(decideRobots({ kind: 'status', status }, now)).toMatchObject({
        mode: 'unreachable',
        expiresAt: now + ROBOTS_UNREACHABLE_TTL_MS,
      });
    },
  );

  it.each(['timeout', 'network', 'bad-encoding'])('treats a %s failure as unreachable', (kind) => {
    const decision = decideRobots({ kind: 'failed', errorKind: kind }, now);
    expect(decision.mode).toBe('unreachable');
    expect(decision.expiresAt).toBe(now + ROBOTS_UNREACHABLE_TTL_MS);
    expect(decision.reason).toContain(kind);
  });

  it.each(['too-many-redirects', 'blocked-address', 'blocked-scheme', 'invalid-url'])(
    'treats a robots.txt that %s on a redirect as unavailable: allow all',
    (kind) => {
      expect(decideRobots({ kind: 'failed', errorKind: kind }, now).mode).toBe('allow-all');
    },
  );

  it('asks again sooner after a failure than after a success', () => {
    expect(ROBOTS_UNREACHABLE_TTL_MS).toBeLessThan(ROBOTS_CACHE_TTL_MS);
  });
});

describe('spacingForHost', () => {
  it('uses our floor without a Crawl-delay', () => {
    expect(spacingForHost(1000, undefined)).toBe(1000);
  });

  it('rises to a larger Crawl-delay, fractions included', () => {
    expect(spacingForHost(1000, 2.5)).toBe(2500);
  });

  it('never goes below our floor', () => {
    expect(spacingForHost(1000, 0.2)).toBe(1000);
  });

  it('caps a hostile Crawl-delay', () => {
    expect(spacingForHost(1000, 86_400)).toBe(MAX_CRAWL_DELAY_MS);
    expect(spacingForHost(1000, 30, 5000)).toBe(5000);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -5, 0])('ignores %p', (delay) => {
    expect(spacingForHost(750, delay)).toBe(750);
  });
});
