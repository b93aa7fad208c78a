import type { FeedHealth, NextPoll } from '../domain/feed-schedule';
import type { ArrivalEstimate } from '../domain/publishing-rate';

/** A feed's state in the `feeds` collection, as the scheduler and operators see it. */
export interface FeedState {
  readonly url: string;
  readonly health: FeedHealth;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly consecutiveFailures: number;
  readonly itemsSeen: number;
  readonly lastPolledAt: Date | null;
  /** Operator's bounds for this feed, in seconds; null: the configured defaults. */
  readonly minIntervalSeconds: number | null;
  readonly maxIntervalSeconds: number | null;
  /** The publisher's ttl seen on the last full fetch, still honoured after a 304. */
  readonly ttlMinutes: number | null;
  readonly arrival: ArrivalEstimate | null;
}

export type PollResult =
  | {
      readonly ok: true;
      readonly status: number;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly newItems: number;
      readonly next: NextPoll;
      readonly ttlMinutes: number | null;
      readonly arrival: ArrivalEstimate | null;
      /** What the URL turned out to serve: rss, atom, rdf, json, sitemap, sitemap-index; null after a 304. */
      readonly format: string | null;
      /** The feed the registered page advertised and this poll read; null when it was the URL itself. */
      readonly discoveredUrl?: string | null;
    }
  | {
      readonly ok: false;
      readonly errorKind: string;
      readonly message: string;
      readonly next: NextPoll;
      readonly health: FeedHealth;
    };

export interface FeedStore {
  /** Adds feeds not yet known; leaves the state of known ones alone. */
  register(urls: readonly string[]): Promise<void>;
  /** Atomically leases feeds due now (never paused or removed ones), so several instances never poll one feed at once. */
  leaseDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<FeedState[]>;
  /** Records the outcome and the next poll time in one update of the feed, and releases the lease. */
  recordPoll(url: string, now: Date, result: PollResult): Promise<void>;
}

/** Which feed items were already turned into articles. */
export interface SeenItemStore {
  isSeen(feedUrl: string, itemKey: string): Promise<boolean>;
  markSeen(feedUrl: string, itemKey: string, articleId: string): Promise<void>;
}

export const FEED_STORE = Symbol('FeedStore');
export const SEEN_ITEM_STORE = Symbol('SeenItemStore');
