import { FEED_HEALTHS, FEED_KINDS, type FeedDocument } from '@newsflow/contracts';
import { z } from 'zod';
import { feedIdOf } from './feed-url';

/** The public JSON shape of a registered feed. Also the source of its OpenAPI schema. */
export const feedViewSchema = z.object({
  id: z.string().describe('feed_ + base64url of the URL; use it in /v1/feeds/{id}'),
  url: z.string(),
  title: z.string().nullable(),
  kind: z.enum(FEED_KINDS),
  health: z
    .enum(FEED_HEALTHS)
    .describe('new: never polled; healthy: last poll worked; degraded / broken: failing'),
  status: z
    .enum(['active', 'paused', 'removed'])
    .describe('active feeds are polled; paused and removed ones are not'),
  lastPolledAt: z.string().nullable().describe('ISO-8601'),
  lastStatus: z.number().int().nullable().describe('HTTP status of the last answered poll'),
  lastError: z
    .object({ kind: z.string(), message: z.string(), at: z.string() })
    .nullable()
    .describe('The last failure, cleared by a good poll'),
  consecutiveFailures: z.number().int(),
  itemsSeen: z.number().int().describe('Items turned into articles so far'),
  nextPollAt: z.string().nullable().describe('ISO-8601; null while paused or removed'),
  nextPollReason: z.string().describe('Why the next poll is then (or why there is none)'),
  format: z
    .string()
    .nullable()
    .describe('What the last full read found: rss, atom, json, sitemap…'),
  discoveredUrl: z
    .string()
    .nullable()
    .describe('When the URL is a web page: the feed it advertises, which polls read'),
  minIntervalSeconds: z.number().int().nullable(),
  maxIntervalSeconds: z.number().int().nullable(),
  createdAt: z.string(),
  pausedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
});

export type FeedView = z.infer<typeof feedViewSchema>;

/** What an operator needs to know about a feed, from its registry document. */
export function toFeedView(doc: FeedDocument): FeedView {
  const status = doc.removedAt ? 'removed' : doc.paused ? 'paused' : 'active';
  return {
    id: feedIdOf(doc._id),
    url: doc._id,
    title: doc.title ?? null,
    kind: doc.kind ?? 'feed',
    health: (FEED_HEALTHS as readonly string[]).includes(doc.health) ? doc.health : 'new',
    status,
    lastPolledAt: iso(doc.lastPolledAt),
    lastStatus: doc.lastStatus ?? null,
    lastError: doc.lastError
      ? {
          kind: doc.lastError.kind,
          message: doc.lastError.message,
          at: iso(doc.lastError.at) ?? '',
        }
      : null,
    consecutiveFailures: doc.consecutiveFailures,
    itemsSeen: doc.itemsSeen,
    // A paused feed still carries the time it was due when paused; showing it would mislead.
    nextPollAt: status === 'active' ? iso(doc.nextPollAt) : null,
    nextPollReason:
      status === 'removed'
        ? 'removed'
        : status === 'paused'
          ? 'paused by an operator'
          : doc.nextPollReason,
    format: doc.format ?? null,
    discoveredUrl: doc.discoveredUrl ?? null,
    minIntervalSeconds: doc.minIntervalSeconds ?? null,
    maxIntervalSeconds: doc.maxIntervalSeconds ?? null,
    createdAt: iso(doc.createdAt) ?? '',
    pausedAt: doc.paused ? iso(doc.pausedAt) : null,
    removedAt: iso(doc.removedAt),
  };
}

function iso(value: Date | null | undefined): string | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
}
