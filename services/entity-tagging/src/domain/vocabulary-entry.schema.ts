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
