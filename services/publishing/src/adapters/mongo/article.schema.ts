import { ARTICLE_VERSIONS_COLLECTION, ARTICLES_COLLECTION } from '@newsflow/contracts';
import { Schema } from 'mongoose';

/**
 * The `articles` collection (documented field by field in libs/contracts/src/article-document.ts).
 * Declared loosely (`strict: false`): the driver writes whole documents; mongoose is here for
 * the collection and its indexes. Every list query of read-api is served by one of these.
 */
export const articleSchema = new Schema(
  { _id: { type: String, required: true } },
  { collection: ARTICLES_COLLECTION, strict: false, versionKey: false },
);
articleSchema.index({ sortAt: -1, _id: -1 });
articleSchema.index({ entityIds: 1, sortAt: -1 });
articleSchema.index({ entityKeys: 1, sortAt: -1 });
articleSchema.index({ topicCodes: 1, sortAt: -1 });
articleSchema.index({ sourceId: 1, sortAt: -1 });
articleSchema.index({ searchTerms: 1, sortAt: -1 });
articleSchema.index({ language: 1, sortAt: -1 });
articleSchema.index({ 'credit.agency': 1, sortAt: -1 });
articleSchema.index({ 'dedup.storyId': 1, sortAt: -1 });

/** `article_versions`: one document per (article, version); history for /v1/articles/:id/versions. */
export const articleVersionSchema = new Schema(
  { _id: { type: String, required: true } },
  { collection: ARTICLE_VERSIONS_COLLECTION, strict: false, versionKey: false },
);
articleVersionSchema.index({ articleId: 1, version: -1 });

/**
 * `article_publications`: `_id` = `<articleId>@v<version>` once that version's published event is
 * on the topic. Insert-once marks instead of updating `articles`: on FerretDB v1 any update scans
 * the whole collection, and `articles` holds the largest documents of the system.
 */
export const articlePublicationSchema = new Schema(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'article_publications', versionKey: false },
);
