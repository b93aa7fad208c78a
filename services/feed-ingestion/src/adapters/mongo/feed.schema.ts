import { Schema } from 'mongoose';

/**
 * `feeds`: one document per feed, `_id` = the feed URL. Operators read it to see each feed's
 * health, last status and error, items seen, and when and why it will be polled next.
 */
export const feedSchema = new Schema(
  {
    _id: { type: String, required: true },
    health: { type: String, required: true },
    paused: { type: Boolean, required: true },
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
feedSchema.index({ nextPollAt: 1 });

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
