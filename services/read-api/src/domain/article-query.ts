import { searchTerms } from '@newsflow/text';
import { z } from 'zod';
import { ARTICLE_VIEW_FIELDS, type ArticleViewField } from './article-view';
import {
  decodeListCursor,
  encodeListCursor,
  fieldList,
  isoDate,
  safeText,
  type ListCursor,
} from './list-query';

export const articleQuerySchema = z
  .object({
    entity: safeText.optional(),
    source: safeText.optional(),
    /** An IPTC Media Topic code the article carries, e.g. medtop:15000000 (sport). */
    topic: z
      .string()
      .regex(/^medtop:\d{8}$/, { error: 'must be an IPTC Media Topic code like medtop:15000000' })
      .optional(),
    /** Words that must all occur in the title or body. */
    q: safeText.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { error: 'must be an ISO 639-1 code' })
      .optional(),
    /** Wire agency credited, e.g. AFP, Reuters, AP. */
    agency: safeText.optional(),
    story: safeText.optional(),
    /** Comma-separated fields of the article view to return. */
    fields: fieldList(ARTICLE_VIEW_FIELDS).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    error: '`from` must not be after `to`',
    path: ['from'],
  });

export interface ArticleQuery {
  /** An entity id (`wikidata:Q…`, `local:person:…`) or a name, matched case-insensitively. */
  readonly entity?: { readonly id: string } | { readonly name: string };
  readonly sourceId?: string;
  readonly topic?: string;
  /** Folded search terms; all must be present. */
  readonly terms?: readonly string[];
  readonly language?: string;
  readonly agency?: string;
  readonly storyId?: string;
  readonly fields?: readonly ArticleViewField[];
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  readonly after?: ArticleCursor;
}

/** Position after the last item of a page: lists are ordered by (sortAt, id) descending. */
export type ArticleCursor = ListCursor;

export type QueryParseResult =
  { ok: true; query: ArticleQuery } | { ok: false; problems: string[] };

/** Validates raw query-string values into a query the store can run. Never throws. */
export function parseArticleQuery(raw: unknown): QueryParseResult {
  const parsed = articleQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`,
      ),
    };
  }
  const q = parsed.data;
  let after: ArticleCursor | undefined;
  if (q.cursor !== undefined) {
    const decoded = decodeCursor(q.cursor);
    if (!decoded) return { ok: false, problems: ['cursor: is not a cursor this API returned'] };
    after = decoded;
  }
  const terms = q.q === undefined ? [] : searchTerms(q.q);
  if (q.q !== undefined && terms.length === 0) {
    return { ok: false, problems: ['q: has no searchable words (only stop words or punctuation)'] };
  }
  const entity =
    q.entity === undefined
      ? undefined
      : /^[a-z]+:/.test(q.entity)
        ? { id: q.entity }
        : { name: q.entity.toLowerCase() };
  return {
    ok: true,
    query: {
      ...(entity && { entity }),
      ...(q.source !== undefined && { sourceId: q.source }),
      ...(q.topic !== undefined && { topic: q.topic }),
      ...(terms.length > 0 && { terms }),
      ...(q.language !== undefined && { language: q.language }),
      ...(q.agency !== undefined && { agency: q.agency }),
      ...(q.story !== undefined && { storyId: q.story }),
      ...(q.fields !== undefined && { fields: q.fields }),
      ...(q.from && { from: q.from }),
      ...(q.to && { to: q.to }),
      limit: q.limit,
      ...(after && { after }),
    },
  };
}

export function encodeCursor(cursor: ArticleCursor): string {
  return encodeListCursor(cursor);
}

export function decodeCursor(token: string): ArticleCursor | null {
  return decodeListCursor(token, ARTICLE_ID_PATTERN);
}

export const ARTICLE_ID_PATTERN = /^art_[0-9a-f]{32}$/;
