import type { ArticlePublishedV1Payload, TopicDefinition } from '@newsflow/contracts';
import { z } from 'zod';

const term = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => !value.startsWith('$') && !/__proto__|constructor|prototype/.test(value), {
    error: 'must not look like a query operator or prototype key',
  });

const anyOf = z.array(term).min(1).max(100).optional();

/**
 * What a subscriber wants. Within a field any value may match; every field given must match.
 * An empty filter matches everything.
 */
export const subscriptionFilterSchema = z
  .object({
    /** Entity ids (`wikidata:Q…`, `local:person:…`) the article must mention. */
    entityIds: anyOf,
    /** IPTC Media Topic codes (`medtop:15000000`) the article must carry. */
    topics: z
      .array(
        z.string().regex(/^medtop:\d{8}$/, { error: 'must be an IPTC code like medtop:15000000' }),
      )
      .min(1)
      .max(100)
      .optional(),
    /** Source ids, e.g. `example.com`. */
    sources: anyOf,
    /** ISO 639-1 codes. */
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, { error: 'must be an ISO 639-1 code' }))
      .min(1)
      .optional(),
    /** Words, any of which must occur in the title or body (case-insensitive, whole words). */
    words: anyOf,
    /** `new`: first versions only; `revision`: later versions only; `any` (default): both. */
    storyStatus: z.enum(['new', 'revision', 'any']).optional(),
  })
  .strict();

export type SubscriptionFilter = z.infer<typeof subscriptionFilterSchema>;

/** Whether a published article belongs on a subscription. Pure, so publishing can run it per article cheaply. */
export function matchesSubscription(
  filter: SubscriptionFilter,
  published: ArticlePublishedV1Payload,
): boolean {
  const { article, tags, dedup } = published;
  if (filter.entityIds && !tags.entities.some((entity) => filter.entityIds?.includes(entity.id)))
    return false;
  // Articles tagged before topics existed carry none, so they match no topic filter.
  if (filter.topics && !(tags.topics ?? []).some((topic) => filter.topics?.includes(topic.code)))
    return false;
  if (filter.sources && !filter.sources.includes(article.sourceId)) return false;
  const language = tags.language ?? article.language;
  if (filter.languages && (language === null || !filter.languages.includes(language))) return false;
  if (filter.storyStatus === 'new' && dedup.version !== 1) return false;
  if (filter.storyStatus === 'revision' && dedup.version === 1) return false;
  if (filter.words) {
    const haystack = `${article.title ?? ''}\n${article.text}`.toLowerCase();
    const found = filter.words.some((word) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(
        haystack,
      ),
    );
    if (!found) return false;
  }
  return true;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each subscription's own topic: documented naming, one per subscription, created with it. */
export function subscriptionTopicName(subscriptionId: string): string {
  return `news.subscription.${subscriptionId}.v1`;
}

/** Subscription topics carry published.v1 events; a week gives a subscriber time to catch up. */
export function subscriptionTopicDefinition(subscriptionId: string): TopicDefinition {
  return {
    name: subscriptionTopicName(subscriptionId),
    partitions: 3,
    retentionMs: 7 * 24 * 3600 * 1000,
  };
}
