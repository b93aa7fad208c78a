import type { FeedHealth, NextPoll } from '../domain/feed-schedule';

/** A feed's state in the `feeds` collection, as the scheduler and operators see it. */
export interface FeedState {
  readonly url: string;
  readonly health: FeedHealth;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly consecutiveFailures: number;
  readonly itemsSeen: number;
}

export type PollResult =
  | {
      readonly ok: true;
      readonly status: number;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly newItems: number;
      readonly next: NextPoll;
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
  /** Atomically leases feeds due now, so several instances never poll one feed at once. */
  leaseDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<FeedState[]>;
  /** Records the outcome and the next poll time, and releases the lease. */
  recordPoll(url: string, now: Date, result: PollResult): Promise<void>;
}

/** Which feed items were already turned into articles. */
export interface SeenItemStore {
  isSeen(feedUrl: string, itemKey: string): Promise<boolean>;
  markSeen(feedUrl: string, itemKey: string, articleId: string): Promise<void>;
}

export const FEED_STORE = Symbol('FeedStore');
export const SEEN_ITEM_STORE = Symbol('SeenItemStore');
