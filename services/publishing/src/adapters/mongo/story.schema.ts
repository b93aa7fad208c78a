import { STORIES_COLLECTION } from '@newsflow/contracts';
import { Schema } from 'mongoose';

/**
 * The `stories` read model (fields in libs/contracts/src/story-document.ts), written whole by
 * the driver; mongoose declares the collection and the indexes each `GET /v1/stories` query of
 * read-api needs (the integration test lists them).
 */
export const storySchema = new Schema(
  { _id: { type: String, required: true } },
  { collection: STORIES_COLLECTION, strict: false, versionKey: false },
);
// Live stories, newest-updated first (also serves `minMembers`, checked while walking it).
storySchema.index({ mergedInto: 1, updatedAt: -1, _id: -1 });
// `source=` and `language=`.
storySchema.index({ sources: 1, updatedAt: -1 });
storySchema.index({ languages: 1, updatedAt: -1 });
// `since=`/`until=` bound lastSeen.
storySchema.index({ lastSeen: -1 });
// `entity=`: stories holding one of the articles that mention the entity.
storySchema.index({ memberArticleIds: 1 });
