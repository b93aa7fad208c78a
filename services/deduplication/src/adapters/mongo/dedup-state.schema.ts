import { Schema } from 'mongoose';

// Every document here is written once and never updated: inserting a new `_id` is the only write
// that is atomic on FerretDB v1 and the only one that does not scan the collection there.

/**
 * `fingerprints`: one document per distinct normalised text, `_id` = `sha256:<hex>`.
 * `firstArticleId` is the article that first had these words; the insert decides the owner.
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

/**
 * `dedup_versions`: one document per article version, `_id` = `<articleId>@v<version>`. Versions
 * are numbered densely from 1; the insert of the next number decides which text is that version.
 */
export const dedupVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    articleId: { type: String, required: true },
    version: { type: Number, required: true },
    contentHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'dedup_versions', versionKey: false },
);
dedupVersionSchema.index({ articleId: 1, version: -1 });

/** `dedup_emissions`: `_id` = `<articleId>@v<version>` once that version's verdict is on the topic. */
export const dedupEmissionSchema = new Schema(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'dedup_emissions', versionKey: false },
);

/**
 * `dedup_version_texts`: a revision's headline and paragraphs, `_id` = `<articleId>@v<version>`,
 * kept for its day `window` (swept with fingerprints) to summarise the next revision against.
 * Version 1's text is the one stored with its fingerprint.
 */
export const dedupVersionTextSchema = new Schema(
  {
    _id: { type: String, required: true },
    title: { type: String, default: null },
    paragraphs: { type: [String], required: true },
    window: { type: Number, required: true },
  },
  { collection: 'dedup_version_texts', versionKey: false },
);
dedupVersionTextSchema.index({ window: 1 });
