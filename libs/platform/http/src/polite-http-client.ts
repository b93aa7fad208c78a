import { HostBudget } from './host-budget';
import { RobotsCache } from './robots-cache';
import {
  MAX_CRAWL_DELAY_MS,
  ROBOTS_MAX_BYTES,
  spacingForHost,
  type RobotsFetchOutcome,
} from './robots-policy';
import type { RobotsRules } from './robots-rules';
import { SafeHttpClient, type SafeHttpResponse } from './safe-http-client';
import type { SafeHttpClientOptions, SafeHttpRequestOptions } from './safe-http-client.options';
import { isSafeHttpError, SafeHttpError } from './safe-http-error';
import { robotsProductToken } from './user-agent';

/** What the politeness layer did, for metrics and logs; every method is optional. */
export interface PolitenessObserver {
  /** A request finished (robots.txt or not): outcome 'ok', 'not-modified', 'http-4xx', or an error kind. */
  requestFinished?(event: {
    host: string;
    purpose: 'robots' | 'document';
    outcome: string;
    waitedMs: number;
  }): void;
  /** A URL was not fetched because of robots.txt (disallowed, or robots.txt unreachable). */
  robotsDenied?(event: {
    url: string;
    host: string;
    kind: 'robots-disallowed' | 'robots-unreachable';
    reason: string;
  }): void;
}

export interface PolitenessOptions {
  /** Requests in flight per host at once. */
  maxConcurrencyPerHost: number;
  /** Floor on the spacing between request starts per host, in ms. */
  minDelayMs: number;
  /** Cap on a robots.txt Crawl-delay, in ms (default 60 s). */
  maxCrawlDelayMs?: number;
  /** Longest a request waits for its host's turn before failing 'host-busy', in ms. */
  maxWaitMs: number;
  /** Deadline for one robots.txt fetch, in ms (default the client's total deadline). */
  robotsTimeoutMs?: number;
  /** robots.txt origins remembered (LRU). */
  robotsCacheSize?: number;
  observer?: PolitenessObserver;
  /** Clock, for tests. */
  now?: () => number;
}

// Our own refusals and a full queue say nothing about the site: they must not be cached as its
// robots.txt outcome.
const NOT_ABOUT_THE_SITE = new Set([
  'blocked-address',
  'blocked-scheme',
  'invalid-url',
  'host-busy',
]);

function outcomeOf(result: SafeHttpResponse | SafeHttpError): string {
  if (!isSafeHttpError(result)) return result.status === 304 ? 'not-modified' : 'ok';
  if (result.kind === 'http-status' && result.status !== undefined) {
    return `http-${Math.floor(result.status / 100)}xx`;
  }
  return result.kind;
}

/**
 * SafeHttpClient with crawler manners: robots.txt (RFC 9309) is consulted for every origin before
 * anything else is fetched there, and every request — robots.txt included, every redirect hop
 * too — takes its turn in one per-host budget (concurrency and spacing, raised to Crawl-delay).
 */
export class PoliteHttpClient {
  private readonly client: SafeHttpClient;
  private readonly budget: HostBudget;
  private readonly robots: RobotsCache;
  private readonly observer: PolitenessObserver;

  constructor(
    clientOptions: SafeHttpClientOptions,
    private readonly politeness: PolitenessOptions,
  ) {
    this.client = new SafeHttpClient(clientOptions);
    this.observer = politeness.observer ?? {};
    this.budget = new HostBudget({
      maxConcurrency: politeness.maxConcurrencyPerHost,
      maxWaitMs: politeness.maxWaitMs,
      ...(politeness.now && { now: politeness.now }),
    });
    this.robots = new RobotsCache({
      productToken: robotsProductToken(clientOptions.userAgent),
      fetchRobots: (robotsUrl) => this.fetchRobots(robotsUrl),
      ...(politeness.robotsCacheSize !== undefined && { maxOrigins: politeness.robotsCacheSize }),
      ...(politeness.now && { now: politeness.now }),
    });
  }

  /** GETs a URL if robots.txt allows it, in its host's turn; throws SafeHttpError otherwise. */
  async get(input: string, options: SafeHttpRequestOptions = {}): Promise<SafeHttpResponse> {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return this.client.get(input, options); // throws the client's own 'invalid-url'
    }
    const spacing = await this.admit(url);
    let hopHost = url.host;
    const beforeRedirect = async (next: URL): Promise<void> => {
      await this.admitHop(next, hopHost);
      hopHost = next.host;
    };
    return this.budgeted(url.host, 'document', spacing, () =>
      this.client.get(url, { ...options, beforeRedirect }),
    );
  }

  /** Hosts with a live queue or spacing record (bounded by recent activity). */
  get trackedHosts(): number {
    return this.budget.trackedHosts;
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Checks robots.txt for the URL and returns the host's spacing; throws when not allowed. */
  private async admit(url: URL): Promise<number> {
    const rules = await this.robots.rulesFor(url);
    if (!rules.isAllowed(url.href)) this.deny(url, rules);
    return spacingForHost(
      this.politeness.minDelayMs,
      rules.crawlDelaySeconds,
      this.politeness.maxCrawlDelayMs ?? MAX_CRAWL_DELAY_MS,
    );
  }

  /**
   * Every redirect hop obeys its origin's robots.txt; a hop to another host also waits for that
   * host's spacing (a hop on the same host is part of the request that already took its turn).
   */
  private async admitHop(next: URL, fromHost: string): Promise<void> {
    const spacing = await this.admit(next);
    if (next.host !== fromHost) await this.budget.waitTurn(next.host, spacing);
  }

  private deny(url: URL, rules: RobotsRules): never {
    const kind = rules.mode === 'unreachable' ? 'robots-unreachable' : 'robots-disallowed';
    this.observer.robotsDenied?.({ url: url.href, host: url.host, kind, reason: rules.reason });
    const message =
      kind === 'robots-disallowed'
        ? `robots.txt of ${url.origin} disallows ${url.href}`
        : `${rules.reason}: ${url.origin} is treated as disallowing everything for now`;
    throw new SafeHttpError(kind, message, { url: url.href });
  }

  private async budgeted(
    host: string,
    purpose: 'robots' | 'document',
    spacingMs: number,
    request: () => Promise<SafeHttpResponse>,
  ): Promise<SafeHttpResponse> {
    let waitedMs = 0;
    try {
      const result = await this.budget.run(host, spacingMs, request);
      waitedMs = result.waitedMs;
      this.observer.requestFinished?.({
        host,
        purpose,
        outcome: outcomeOf(result.value),
        waitedMs,
      });
      return result.value;
    } catch (error) {
      if (isSafeHttpError(error)) {
        this.observer.requestFinished?.({ host, purpose, outcome: outcomeOf(error), waitedMs });
      }
      throw error;
    }
  }

  private async fetchRobots(robotsUrl: string): Promise<RobotsFetchOutcome> {
    const url = new URL(robotsUrl);
    try {
      const response = await this.budgeted(url.host, 'robots', this.politeness.minDelayMs, () =>
        this.client.get(url, {
          accept: 'text/plain, */*;q=0.5',
          maxBodyBytes: ROBOTS_MAX_BYTES,
          truncateBody: true,
          ...(this.politeness.robotsTimeoutMs && {
            totalTimeoutMs: this.politeness.robotsTimeoutMs,
          }),
        }),
      );
      return { kind: 'fetched', text: response.text() };
    } catch (error) {
      if (!isSafeHttpError(error)) throw error;
      if (error.kind === 'http-status') return { kind: 'status', status: error.status ?? 0 };
      // A refusal on a later redirect hop only means the file is unavailable (RFC 9309 §2.3.1.2).
      const sameOrigin = error.url === undefined || new URL(error.url).origin === url.origin;
      if (NOT_ABOUT_THE_SITE.has(error.kind) && (sameOrigin || error.kind === 'host-busy')) {
        throw error;
      }
      return { kind: 'failed', errorKind: error.kind };
    }
  }
}
