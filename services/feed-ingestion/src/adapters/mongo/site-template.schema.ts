import { Schema } from 'mongoose';

/**
 * `site_templates`: one document per source, `_id` = source id. `lineCounts` maps a line's key
 * (a hash of its words, never page text) to the number of the source's pages it was on.
 */
export const siteTemplateSchema = new Schema(
  {
    _id: { type: String, required: true },
    pages: { type: Number, required: true },
    lineCounts: { type: Object, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'site_templates', versionKey: false, minimize: false },
);
