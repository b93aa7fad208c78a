/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; what follows may be ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;
/** RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_CACHE_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an unreachable robots.txt counts as "disallow all" before it is asked again. */
export const ROBOTS_UNREACHABLE_TTL_MS = 10 * 60 * 1000;
/**
 * A Crawl-delay above this is applied as this: the directive is non-standard and a hostile or
 * careless robots.txt (`Crawl-delay: 86400`) must not stall a host for a day. Sites that really
 * want fewer visits can disallow paths.
 */
export const MAX_CRAWL_DELAY_MS = 60_000;

/** How one attempt to fetch `/robots.txt` ended. */
export type RobotsFetchOutcome =
  | { readonly kind: 'fetched'; readonly text: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'failed'; readonly errorKind: string };

/** What the crawler may do on the origin until `expiresAt`. */
export interface RobotsDecision {
  /** 'rules': evaluate the file; 'allow-all': no usable file; 'unreachable': fetch nothing. */
  readonly mode: 'rules' | 'allow-all' | 'unreachable';
  readonly expiresAt: number;
  /** Human-readable cause, for logs and error messages. */
  readonly reason: string;
}

// A robots.txt that cannot be reached through redirects or decoding is "unavailable" (RFC 9309
// §2.3.1.2 allows treating >5 redirects so), unlike a server or network failure.
const UNAVAILABLE_FAILURES = new Set([
  'too-many-redirects',
  'blocked-address',
  'blocked-scheme',
  'invalid-url',
]);

/**
 * The RFC 9309 §2.3.1 cache policy: 2xx → rules for 24 h; 4xx ("unavailable") → allow all for
 * 24 h; 5xx, 429 and network failures ("unreachable") → disallow all, asked again after 10 min.
 * 429 counts as unreachable as in Google's crawler: the server is asking us to back off.
 */
export function decideRobots(outcome: RobotsFetchOutcome, nowMs: number): RobotsDecision {
  const day = nowMs + ROBOTS_CACHE_TTL_MS;
  const soon = nowMs + ROBOTS_UNREACHABLE_TTL_MS;
  switch (outcome.kind) {
    case 'fetched':
      return { mode: 'rules', expiresAt: day, reason: 'robots.txt fetched' };
    case 'status': {
      const { status } = outcome;
      if (status >= 400 && status < 500 && status !== 429) {
        return { mode: 'allow-all', expiresAt: day, reason: `robots.txt answered ${status}` };
      }
      return { mode: 'unreachable', expiresAt: soon, reason: `robots.txt answered ${status}` };
    }
    case 'failed':
      if (UNAVAILABLE_FAILURES.has(outcome.errorKind)) {
        return {
          mode: 'allow-all',
          expiresAt: day,
          reason: `robots.txt unavailable (${outcome.errorKind})`,
        };
      }
      return {
        mode: 'unreachable',
        expiresAt: soon,
        reason: `robots.txt unreachable (${outcome.errorKind})`,
      };
  }
}

/**
 * Minimum spacing between request starts on a host: our own floor, raised to the robots.txt
 * Crawl-delay (seconds, fractions allowed) up to `capMs`. Nonsense delays are ignored.
 */
export function spacingForHost(
  minDelayMs: number,
  crawlDelaySeconds: number | undefined,
  capMs: number = MAX_CRAWL_DELAY_MS,
): number {
  if (crawlDelaySeconds === undefined || !Number.isFinite(crawlDelaySeconds)) return minDelayMs;
  if (crawlDelaySeconds <= 0) return minDelayMs;
  return Math.max(minDelayMs, Math.min(Math.round(crawlDelaySeconds * 1000), capMs));
}
