import { Schema } from 'mongoose';

/**
 * `feeds`: one document per feed, `_id` = the feed URL. Operators read it to see each feed's
 * health, last status and error, items seen, and when and why it will be polled next.
 * `leaseUntil`/`leaseOwner` let several instances share the schedule without double polls.
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
    leaseUntil: { type: Date, required: true },
    leaseOwner: { type: String },
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
