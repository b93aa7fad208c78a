import { Schema } from 'mongoose';

/**
 * `fingerprints`: one document per distinct normalised text, `_id` = `sha256:<hex>`.
 * `firstArticleId` is the article that first had these words; inserting with `$setOnInsert`
 * makes the claim atomic, so two racing copies agree on one owner.
 */
export const fingerprintSchema = new Schema(
  {
    _id: { type: String, required: true },
    firstArticleId: { type: String, required: true },
    firstSeenAt: { type: Date, required: true },
  },
  { collection: 'fingerprints', versionKey: false },
);
fingerprintSchema.index({ firstSeenAt: 1 });

/** `dedup_articles`: the latest verdict per article id (`_id`). */
export const dedupArticleSchema = new Schema(
  {
    _id: { type: String, required: true },
    contentHash: { type: String, required: true },
    version: { type: Number, required: true },
    emitted: { type: Boolean, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'dedup_articles', versionKey: false },
);
