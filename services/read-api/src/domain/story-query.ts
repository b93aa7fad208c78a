import { z } from 'zod';
import { decodeListCursor, fieldList, isoDate, safeText, type ListCursor } from './list-query';
import { STORY_SUMMARY_FIELDS, type StorySummaryField } from './story-view';

/** Story ids are minted from their first article's id by deduplication. */
export const STORY_ID_PATTERN = /^story:art_[0-9a-f]{32}$/;

/**
 * `entity=` is answered from the articles that mention the entity, newest first: stories
 * holding one of the latest this many (published up to `until`) qualify. It bounds the work of
 * one request whatever the entity's popularity.
 */
export const ENTITY_ARTICLE_LIMIT = 1000;

export interface StoryQuery {
  readonly sourceId?: string;
  readonly language?: string;
  /** An entity id (`wikidata:Q…`, `local:person:…`) or a name, matched case-insensitively. */
  readonly entity?: { readonly id: string } | { readonly name: string };
  /** Bounds on the story's lastSeen (latest member time), inclusive. */
  readonly since?: Date;
  readonly until?: Date;
  readonly minMembers?: number;
  readonly fields?: readonly StorySummaryField[];
  readonly limit: number;
  /** After this (updatedAt, id): lists are ordered newest-updated first. */
  readonly after?: ListCursor;
}

export const storyQuerySchema = z
  .object({
    source: safeText.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { error: 'must be an ISO 639-1 code' })
      .optional(),
    entity: safeText.optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    minMembers: z.coerce.number().int().min(1).max(100_000).optional(),
    fields: fieldList(STORY_SUMMARY_FIELDS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z
      .string()
      .max(200)
      .transform((token, ctx) => {
        const cursor = decodeListCursor(token, STORY_ID_PATTERN);
        if (cursor === null)
          ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
        return cursor ?? undefined;
      })
      .optional(),
  })
  .strict()
  .refine((q) => !q.since || !q.until || q.since <= q.until, {
    error: '`since` must not be after `until`',
    path: ['since'],
  })
  .transform((q): StoryQuery => ({
    ...(q.source !== undefined && { sourceId: q.source }),
    ...(q.language !== undefined && { language: q.language }),
    ...(q.entity !== undefined && {
      entity: /^[a-z]+:/.test(q.entity) ? { id: q.entity } : { name: q.entity.toLowerCase() },
    }),
    ...(q.since && { since: q.since }),
    ...(q.until && { until: q.until }),
    ...(q.minMembers !== undefined && { minMembers: q.minMembers }),
    ...(q.fields !== undefined && { fields: q.fields }),
    limit: q.limit,
    ...(q.cursor && { after: q.cursor }),
  }));
