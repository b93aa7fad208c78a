import { Schema } from 'mongoose';

/**
 * `article_fingerprints`: one document per article id (`_id`): shingles and signature as
 * BinData (little-endian uint32), bucket keys, story features, what attribution needs, the day
 * `window` it was processed in (retention), the story it was claimed into and the stored
 * near-duplicate decision. Written once, before any bucket write, so that bucket members can be
 * verified.
 */
export const articleFingerprintSchema = new Schema(
  { _id: { type: String, required: true }, window: { type: Number, required: true } },
  { collection: 'article_fingerprints', versionKey: false, strict: false },
);
articleFingerprintSchema.index({ window: 1 });

// FerretDB v1 applies updates as read-modify-write: concurrent `$addToSet`, `$inc` or
// conditional updates on one document lose writes (measured: 20 parallel `$addToSet` kept 3),
// and every update or non-`_id` query scans the collection. Only inserts under a unique `_id` are
// atomic and indexed, so every shared set below is one document per element, written once.

// `lsh_slots_<window>` (bucket memberships as numbered slots) needs only its `_id` index; see
// mongo-bucket-slots.ts.

/** `article_stories`: the story an article was first placed in (`_id` = article id), set once. */
export const articleStorySchema = new Schema(
  {
    _id: { type: String, required: true },
    storyId: { type: String, required: true },
    window: { type: Number, required: true },
  },
  { collection: 'article_stories', versionKey: false },
);
articleStorySchema.index({ window: 1 });

/**
 * `dedup_decisions`: the near-duplicate decision per article (`_id`), set once; a redelivery
 * re-emits it. Swept with its fingerprint's day `window`.
 */
export const dedupDecisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    window: { type: Number, required: true },
    decision: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'dedup_decisions', versionKey: false },
);
dedupDecisionSchema.index({ window: 1 });

/**
 * `story_members`: one document per (story, member article), `_id` = `<storyId>|<articleId>`. A story's
 * title, times, sources, languages and original are derived from its members and those of the
 * stories merged into it.
 */
export const storyMemberSchema = new Schema(
  {
    _id: { type: String, required: true },
    storyId: { type: String, required: true },
    articleId: { type: String, required: true },
    title: { type: String, default: null },
    time: { type: Number, required: true },
    sourceId: { type: String, required: true },
    language: { type: String, default: null },
    originalRank: { type: String, required: true },
  },
  { collection: 'story_members', versionKey: false },
);
storyMemberSchema.index({ storyId: 1 });

/** `story_merges`: `_id` = the absorbed story, `into` = the story that absorbed it; set once. */
export const storyMergeSchema = new Schema(
  { _id: { type: String, required: true }, into: { type: String, required: true } },
  { collection: 'story_merges', versionKey: false },
);
storyMergeSchema.index({ into: 1 });

/** `dedup_leases`: who runs a singleton job (the fingerprint sweep) until when. */
export const dedupLeaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    until: { type: Date, required: true },
  },
  { collection: 'dedup_leases', versionKey: false },
);
