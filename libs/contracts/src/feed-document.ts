/**
 * A document of the `feeds` collection: the feed registry. feed-ingestion owns the collection
 * (its scheduler writes the poll state), read-api's `/v1/feeds` adds, pauses, resumes and removes
 * feeds. `_id` is the feed URL as registered. A feed with `paused: true` or a `removedAt` is
 * never leased for polling.
 */
export interface FeedDocument {
  /** The feed URL: the key feed-ingestion polls by. */
  _id: string;
  health: FeedHealth;
  /** Set by an operator; a paused feed keeps its state but is not polled. */
  paused: boolean;
  etag?: string | null;
  lastModified?: string | null;
  /** Failed polls in a row; 0 after a good poll. */
  consecutiveFailures: number;
  /** Items turned into articles since the feed was registered. */
  itemsSeen: number;
  lastPolledAt?: Date | null;
  /** HTTP status of the last poll that got an answer. */
  lastStatus?: number | null;
  lastError?: FeedError | null;
  /** When the feed is due next (meaningless while paused or removed). */
  nextPollAt: Date;
  /** Why that time was chosen: "new feed", "regular interval", "back-off after 3 failures in a row"… */
  nextPollReason: string;
  createdAt: Date;
  /** What the URL serves; absent means `feed`. */
  kind?: FeedKind;
  /** Operator's name for the feed (else the publisher's title, if feed-ingestion records it). */
  title?: string | null;
  /** Polls no more often than this, in seconds, whatever the publisher says. */
  minIntervalSeconds?: number | null;
  /** Polls at least this often, in seconds, when healthy. */
  maxIntervalSeconds?: number | null;
  /** Soft removal: the document (and the feed's item history) stays, the feed is never polled. */
  removedAt?: Date | null;
  /** When an operator last paused the feed. */
  pausedAt?: Date | null;
  /** What the last good poll found: rss, atom, rdf, json, sitemap, sitemap-index… */
  format?: string | null;
  /** The publisher's own refresh hint (RSS `ttl`, `sy:updatePeriod`), in minutes. */
  ttlMinutes?: number | null;
  /** Smoothed interval between new items, in seconds: the publishing rate polls adapt to. */
  arrivalIntervalSeconds?: number | null;
  /** Publication time of the newest item seen. */
  lastItemAt?: Date | null;
  /** When the registered URL is a site's page: the feed it advertises, which polls read. */
  discoveredUrl?: string | null;
}

export const FEED_HEALTHS = ['new', 'healthy', 'degraded', 'broken'] as const;
/** new: never polled; healthy: last poll worked; degraded: failing lately; broken: failing for long. */
export type FeedHealth = (typeof FEED_HEALTHS)[number];

export const FEED_KINDS = ['feed', 'sitemap'] as const;
/** feed: RSS, Atom, RDF or JSON Feed; sitemap: a (news) sitemap listing article pages. */
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedError {
  /** Machine-readable class: http-status, timeout, parse, blocked-address… */
  kind: string;
  message: string;
  at: Date;
}

export const FEEDS_COLLECTION = 'feeds';
