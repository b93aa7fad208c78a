import { decideRobots, type RobotsFetchOutcome } from './robots-policy';
import { blanketRobotsRules, parseRobotsRules, type RobotsRules } from './robots-rules';

export interface RobotsCacheOptions {
  /** Product token matched against `User-agent:` lines, e.g. `newsflow`. */
  productToken: string;
  /**
   * Fetches `<origin>/robots.txt` and reports how that went. Throws only for failures that say
   * nothing about the site (our own refusal to contact it, our queue being full): not cached.
   */
  fetchRobots: (robotsUrl: string) => Promise<RobotsFetchOutcome>;
  /** Origins kept; the least recently used is dropped beyond this. */
  maxOrigins?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Entry {
  readonly rules: RobotsRules;
  readonly expiresAt: number;
}

/**
 * robots.txt rules per origin (scheme, host and port: RFC 9309 §2.3), fetched once per expiry
 * however many requests ask at the same time, and kept in a bounded LRU map.
 */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<RobotsRules>>();
  private readonly maxOrigins: number;
  private readonly now: () => number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.maxOrigins = options.maxOrigins ?? 5000;
    this.now = options.now ?? Date.now;
  }

  /** The rules that apply to `url`'s origin, fetching robots.txt when none are fresh. */
  async rulesFor(url: URL): Promise<RobotsRules> {
    const origin = url.origin;
    const cached = this.entries.get(origin);
    if (cached !== undefined && cached.expiresAt > this.now()) {
      // Re-inserting marks it most recently used.
      this.entries.delete(origin);
      this.entries.set(origin, cached);
      return cached.rules;
    }
    const pending = this.inFlight.get(origin);
    if (pending !== undefined) return pending;
    const loading = this.load(origin).finally(() => this.inFlight.delete(origin));
    this.inFlight.set(origin, loading);
    return loading;
  }

  get size(): number {
    return this.entries.size;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const outcome = await this.options.fetchRobots(robotsUrl);
    const decision = decideRobots(outcome, this.now());
    const rules =
      decision.mode === 'rules' && outcome.kind === 'fetched'
        ? parseRobotsRules(robotsUrl, outcome.text, this.options.productToken, decision.reason)
        : blanketRobotsRules(
            decision.mode === 'rules' ? 'allow-all' : decision.mode,
            decision.reason,
          );
    this.entries.delete(origin);
    this.entries.set(origin, { rules, expiresAt: decision.expiresAt });
    while (this.entries.size > this.maxOrigins) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return rules;
  }
}
