import { Schema } from 'mongoose';

/**
 * `feeds`: one document per feed, `_id` = the feed URL. Operators read it to see each feed's
 * health, last status and error, items seen, and when and why it will be polled next. This is
 * the one definition of the collection (the contract type is `FeedDocument` in libs/contracts).
 *
 * Written by read-api's feed registry: `_id`, `paused` (true/false: a paused feed is never
 * leased), `kind` ('feed' | 'sitemap', informational: the format is told from the content),
 * `title`, `minIntervalSeconds` / `maxIntervalSeconds` (this feed's polling bounds, else
 * FEED_MIN_POLL_INTERVAL_SECONDS / FEED_MAX_POLL_INTERVAL_SECONDS), `removedAt` (soft removal:
 * never leased again), `pausedAt`, plus the initial state fields below.
 * Written by feed-ingestion on every poll, in one update: health, etag, lastModified,
 * consecutiveFailures, itemsSeen, lastPolledAt, lastStatus, lastError, nextPollAt,
 * nextPollReason, format, ttlMinutes, arrivalIntervalSeconds, lastItemAt.
 */
export const feedSchema = new Schema(
  {
    _id: { type: String, required: true },
    health: { type: String, required: true },
    paused: { type: Boolean, required: true },
    kind: { type: String, enum: ['feed', 'sitemap'] },
    title: { type: String },
    minIntervalSeconds: { type: Number },
    maxIntervalSeconds: { type: Number },
    removedAt: { type: Date },
    pausedAt: { type: Date },
    /** Format the last full fetch was recognised as (rss, atom, rdf, json, sitemap, sitemap-index). */
    format: { type: String },
    /** Publisher's ttl (RSS ttl / sy:updatePeriod) in minutes, kept for polls answered 304. */
    ttlMinutes: { type: Number },
    /** Exponentially weighted mean of the seconds between new items: the adaptive interval. */
    arrivalIntervalSeconds: { type: Number },
    /** Publication time of the newest item seen; the quiet time since it slows polling. */
    lastItemAt: { type: Date },
    /** The feed an HTML page at `_id` advertises, when polls read that instead (autodiscovery). */
    discoveredUrl: { type: String },
    etag: { type: String },
    lastModified: { type: String },
    consecutiveFailures: { type: Number, required: true },
    itemsSeen: { type: Number, required: true },
    lastPolledAt: { type: Date },
    lastStatus: { type: Number },
    lastError: { type: Object },
    nextPollAt: { type: Date, required: true },
    nextPollReason: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'feeds', versionKey: false },
);
// leaseDue's query: due feeds that are neither paused nor removed, soonest first.
feedSchema.index({ paused: 1, removedAt: 1, nextPollAt: 1 });

/** `feed_items`: items already turned into articles; `_id` = sha256(feed URL + item guid or link). */
export const seenItemSchema = new Schema(
  {
    _id: { type: String, required: true },
    feedUrl: { type: String, required: true },
    itemKey: { type: String, required: true },
    articleId: { type: String, required: true },
    seenAt: { type: Date, required: true },
  },
  { collection: 'feed_items', versionKey: false },
);
seenItemSchema.index({ feedUrl: 1, seenAt: -1 });

/**
 * `feed_leases`: one document per (feed, due time, attempt). Several feed-ingestion instances
 * share the schedule by inserting the lease of a due feed: an insert with a given `_id` is the
 * one write FerretDB makes atomic under concurrency (conditional updates are not), so exactly
 * one instance polls. If that instance dies, the attempt number moves on after the lease time
 * and the feed is polled again.
 */
export const feedLeaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    feedUrl: { type: String, required: true },
    owner: { type: String, required: true },
    leasedAt: { type: Date, required: true },
  },
  { collection: 'feed_leases', versionKey: false },
);
feedLeaseSchema.index({ feedUrl: 1 });
