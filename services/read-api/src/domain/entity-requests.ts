import { entityTypeSchema } from '@newsflow/contracts';
import { z } from 'zod';

/** `wikidata:Q…`, `geonames:…` or `local:<type>:<slug>` — what the tagger can publish. */
export const entityIdSchema = z
  .string()
  .max(200)
  .regex(
    /^(wikidata:Q\d{1,12}|geonames:\d{1,12}|local:(person|organisation|place):[\p{L}\p{N}-]{1,150})$/u,
    {
      error: 'must be wikidata:Q<digits>, geonames:<digits> or local:<type>:<slug>',
    },
  );

// Names are matched in running text: no control characters, no line breaks, bounded length.
const nameSchema = z
  .string()
  .trim()
  .min(2)
  .max(200)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, { error: 'must not contain control characters' })
  .regex(/\p{L}/u, { error: 'must contain a letter' });

const externalIdsSchema = z
  .object({
    wikidata: z
      .string()
      .regex(/^Q\d{1,12}$/)
      .optional(),
    geonames: z
      .string()
      .regex(/^\d{1,12}$/)
      .optional(),
    iso3166: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .strict();

const aliasesSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^\p{Cc}\p{Cf}]+$/u),
  )
  .max(100)
  .transform((aliases) => [...new Set(aliases)]);

export const createEntitySchema = z
  .object({
    id: entityIdSchema.optional(),
    type: entityTypeSchema,
    name: nameSchema,
    aliases: aliasesSchema.default([]),
    externalIds: externalIdsSchema.default({}),
  })
  .strict();

export const patchEntitySchema = z
  .object({
    type: entityTypeSchema.optional(),
    name: nameSchema.optional(),
    aliases: aliasesSchema.optional(),
    externalIds: externalIdsSchema.optional(),
    /** The revision the change was made against; a different current one answers 409. */
    revision: z.number().int().positive().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'revision'), {
    error: 'nothing to change: give type, name, aliases or externalIds',
  });

export const mergeEntitySchema = z
  .object({ from: z.array(entityIdSchema).min(1).max(50) })
  .strict();

/** For blocking an id nobody has recorded yet: the name to block with it. */
export const blockEntitySchema = z
  .object({ name: nameSchema.optional(), type: entityTypeSchema.optional() })
  .strict()
  .default({});

export const promoteCandidateSchema = z
  .object({
    id: entityIdSchema.optional(),
    type: entityTypeSchema.optional(),
    name: nameSchema.optional(),
    aliases: aliasesSchema.optional(),
    externalIds: externalIdsSchema.optional(),
  })
  .strict()
  .default({});

export const entityListQuerySchema = z
  .object({
    prefix: z.string().max(100).optional(),
    type: entityTypeSchema.optional(),
    status: z.enum(['active', 'blocked', 'merged']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const candidateQuerySchema = z
  .object({
    type: entityTypeSchema.optional(),
    minArticles: z.coerce.number().int().min(1).max(100_000).default(2),
    days: z.coerce.number().int().min(1).max(365).default(30),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export type CreateEntityRequest = z.infer<typeof createEntitySchema>;
export type PatchEntityRequest = z.infer<typeof patchEntitySchema>;
export type BlockEntityRequest = z.infer<typeof blockEntitySchema>;
export type PromoteCandidateRequest = z.infer<typeof promoteCandidateSchema>;
export type EntityListQuery = z.infer<typeof entityListQuerySchema>;
export type CandidateQuery = z.infer<typeof candidateQuerySchema>;
