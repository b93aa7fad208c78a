import { searchTerms } from '@newsflow/text';
import { z } from 'zod';
import { ARTICLE_VIEW_FIELDS, type ArticleViewField } from './article-view';

/** A query value that could be read as a store operator or a prototype key is refused outright. */
const safeText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => !value.startsWith('$') && !/__proto__|constructor|prototype/.test(value), {
    error: 'must not look like a query operator or prototype key',
  });

const isoDate = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((value) => new Date(value));

export const articleQuerySchema = z
  .object({
    entity: safeText.optional(),
    source: safeText.optional(),
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
    fields: z
      .string()
      .transform((raw) =>
        raw
          .split(',')
          .map((field) => field.trim())
          .filter(Boolean),
      )
      .refine(
        (fields) =>
          fields.every((field) => (ARTICLE_VIEW_FIELDS as readonly string[]).includes(field)),
        {
          error: `may only name ${ARTICLE_VIEW_FIELDS.join(', ')}`,
        },
      )
      .optional(),
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
export interface ArticleCursor {
  readonly sortAt: Date;
  readonly id: string;
}

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
      ...(terms.length > 0 && { terms }),
      ...(q.language !== undefined && { language: q.language }),
      ...(q.agency !== undefined && { agency: q.agency }),
      ...(q.story !== undefined && { storyId: q.story }),
      ...(q.fields !== undefined && { fields: q.fields as ArticleViewField[] }),
      ...(q.from && { from: q.from }),
      ...(q.to && { to: q.to }),
      limit: q.limit,
      ...(after && { after }),
    },
  };
}

export function encodeCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortAt.toISOString(), cursor.id])).toString(
    'base64url',
  );
}

export function decodeCursor(token: string): ArticleCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !/^art_[0-9a-f]{32}$/.test(id))
      return null;
    const sortAt = new Date(at);
    return Number.isNaN(sortAt.getTime()) ? null : { sortAt, id };
  } catch {
    return null;
  }
}

export const ARTICLE_ID_PATTERN = /^art_[0-9a-f]{32}$/;
