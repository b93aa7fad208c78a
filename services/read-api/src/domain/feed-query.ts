import { FEED_HEALTHS, FEED_KINDS, type FeedHealth } from '@newsflow/contracts';
import { z } from 'zod';
import { canonicalFeedUrl, MAX_FEED_URL_LENGTH } from './feed-url';

/** Shortest and longest poll interval an operator may set: a minute to a week. */
export const MIN_INTERVAL_SECONDS = 60;
export const MAX_INTERVAL_SECONDS = 7 * 24 * 3600;

const booleanText = z.enum(['true', 'false']).transform((value) => value === 'true');

const feedUrl = z
  .string()
  .max(MAX_FEED_URL_LENGTH + 100)
  .transform((raw, context) => {
    const result = canonicalFeedUrl(raw);
    if (result.ok) return result.url;
    context.addIssue({ code: 'custom', message: `feed URL ${result.reason}` });
    return z.NEVER;
  });

export const feedListQuerySchema = z
  .object({
    health: z.enum(FEED_HEALTHS).optional(),
    paused: booleanText.optional(),
    /** true: only removed feeds; false (default): only feeds still registered. */
    removed: booleanText.optional(),
    /** One feed by its URL (exact, after canonicalisation). */
    url: feedUrl.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(4000).optional(),
  })
  .strict();

const interval = z.number().int().min(MIN_INTERVAL_SECONDS).max(MAX_INTERVAL_SECONDS);

export const addFeedRequestSchema = z
  .object({
    url: feedUrl,
    title: z.string().trim().min(1).max(300).optional(),
    kind: z.enum(FEED_KINDS).optional(),
    /** Poll no more often than this, whatever the publisher asks. */
    minIntervalSeconds: interval.optional(),
    /** Poll at least this often while the feed is healthy. */
    maxIntervalSeconds: interval.optional(),
  })
  .strict()
  .refine(
    (request) =>
      request.minIntervalSeconds === undefined ||
      request.maxIntervalSeconds === undefined ||
      request.minIntervalSeconds <= request.maxIntervalSeconds,
    { error: 'must not be above maxIntervalSeconds', path: ['minIntervalSeconds'] },
  );

export type AddFeedRequest = z.infer<typeof addFeedRequestSchema>;

export interface FeedListQuery {
  readonly health?: FeedHealth;
  readonly paused?: boolean;
  readonly removed: boolean;
  readonly url?: string;
  readonly limit: number;
  /** List feeds whose URL sorts after this one (the last URL of the previous page). */
  readonly afterUrl?: string;
}

/** The validated query, or 400-ready problems (cursor included). */
export function toFeedListQuery(
  parsed: z.infer<typeof feedListQuerySchema>,
): { ok: true; query: FeedListQuery } | { ok: false; problem: string } {
  let afterUrl: string | undefined;
  if (parsed.cursor !== undefined) {
    const decoded = decodeFeedCursor(parsed.cursor);
    if (decoded === null)
      return { ok: false, problem: 'cursor: is not a cursor this API returned' };
    afterUrl = decoded;
  }
  return {
    ok: true,
    query: {
      ...(parsed.health !== undefined && { health: parsed.health }),
      ...(parsed.paused !== undefined && { paused: parsed.paused }),
      removed: parsed.removed ?? false,
      ...(parsed.url !== undefined && { url: parsed.url }),
      limit: parsed.limit,
      ...(afterUrl !== undefined && { afterUrl }),
    },
  };
}

export function encodeFeedCursor(lastUrl: string): string {
  return Buffer.from(JSON.stringify(['f', lastUrl]), 'utf8').toString('base64url');
}

export function decodeFeedCursor(token: string): string | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2 || value[0] !== 'f') return null;
    const url: unknown = value[1];
    return typeof url === 'string' && /^https?:\/\//i.test(url) && url.length <= 4000 ? url : null;
  } catch {
    return null;
  }
}
