import robotsParser from 'robots-parser';

import type { RobotsDecision } from './robots-policy';

// Google's parser reads at most this much of a line; longer patterns only serve to make matching
// slow (robots-parser's matcher costs pattern length × path length).
const MAX_LINE_CHARS = 2083 * 8;
// Matching a 100 KB query string against every pattern buys nothing: robots rules are about paths.
const MAX_MATCHED_URL_CHARS = 4096;

/** The rules of one origin for one product token, as the crawler applies them. */
export interface RobotsRules {
  readonly mode: RobotsDecision['mode'];
  /** Why the rules are what they are (fetched, 404, unreachable…). */
  readonly reason: string;
  /** Crawl-delay in seconds for our group (or `*`), as written; undefined when absent. */
  readonly crawlDelaySeconds: number | undefined;
  /** Sitemap URLs the file lists (any group). */
  readonly sitemaps: readonly string[];
  /** True when `url` (same origin) may be fetched. */
  isAllowed(url: string): boolean;
}

/** `*` runs match like one `*`; collapsing them keeps hostile patterns from multiplying work. */
function sanitise(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.slice(0, MAX_LINE_CHARS).replace(/\*{2,}/g, '*'))
    .join('\n');
}

function clip(url: string): string {
  return url.length <= MAX_MATCHED_URL_CHARS ? url : url.slice(0, MAX_MATCHED_URL_CHARS);
}

/** Rules from a fetched robots.txt, evaluated for `productToken` (e.g. `newsflow`). */
export function parseRobotsRules(
  robotsUrl: string,
  text: string,
  productToken: string,
  reason: string,
): RobotsRules {
  const robot = robotsParser(robotsUrl, sanitise(text));
  const delay = robot.getCrawlDelay(productToken);
  return {
    mode: 'rules',
    reason,
    crawlDelaySeconds: typeof delay === 'number' && Number.isFinite(delay) ? delay : undefined,
    sitemaps: robot.getSitemaps(),
    // undefined means "another origin": not ours to judge, the caller keys rules by origin.
    isAllowed: (url) => robot.isAllowed(clip(url), productToken) !== false,
  };
}

/** Rules that need no file: allow everything (4xx) or nothing (unreachable). */
export function blanketRobotsRules(
  mode: Exclude<RobotsDecision['mode'], 'rules'>,
  reason: string,
): RobotsRules {
  const allowed = mode === 'allow-all';
  return {
    mode,
    reason,
    crawlDelaySeconds: undefined,
    sitemaps: [],
    isAllowed: () => allowed,
  };
}
