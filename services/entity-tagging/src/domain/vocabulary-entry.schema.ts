import { entityTypeSchema } from '@newsflow/contracts';
import { z } from 'zod';

/** Shape of one vocabulary record as stored (bundled JSON or an operator-managed store). */
export const vocabularyEntrySchema = z.object({
  id: z.string().regex(/^(wikidata:Q\d+|geonames:\d+|local:[a-z]+:[\p{L}\p{N}-]+)$/u),
  type: entityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  iso3166: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  geonames: z.string().regex(/^\d+$/).optional(),
});

export const vocabularyFileSchema = z.object({
  /** Free-text note on where the records come from and how they were checked. */
  about: z.string(),
  entries: z.array(vocabularyEntrySchema).min(1),
});

export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;

/** One operator-managed record as the tagger reads it from the `entities` collection. */
export const vocabularyRecordSchema = vocabularyEntrySchema
  .omit({ iso3166: true, geonames: true })
  .extend({
    status: z.enum(['active', 'blocked', 'merged']),
    mergedInto: z.string().nullable().default(null),
    externalIds: z
      .object({
        iso3166: vocabularyEntrySchema.shape.iso3166,
        geonames: vocabularyEntrySchema.shape.geonames,
      })
      .partial()
      .default({}),
  })
  .refine((record) => record.status !== 'merged' || record.mergedInto !== null, {
    error: 'a merged record names the entity it was merged into',
  });
