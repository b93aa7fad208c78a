import { z } from 'zod';
import { envelopeSchema } from '../envelope';

/**
 * deduplication → anyone following stories: a story was created, grew, or absorbed other
 * stories. The envelope `key` is the story id. Each event carries the whole current state, so
 * a consumer may keep only the latest per story; a story named in `mergedFrom` is gone for good
 * and its articles now belong to `storyId`.
 */
export const storyUpdatedV1PayloadSchema = z.object({
  storyId: z.string().min(1),
  /** `created`: first article; `grown`: an article joined; `merged`: other stories were folded in. */
  change: z.enum(['created', 'grown', 'merged']),
  /** The article whose arrival caused this change. */
  articleId: z.string().min(1),
  /** Every member article id, in the order they joined. */
  memberArticleIds: z.array(z.string().min(1)).min(1),
  /** Stories folded into this one by this change (the oldest story id survives a merge). */
  mergedFrom: z.array(z.string().min(1)),
  /** Headline of the story's first article, null if it had none. */
  title: z.string().nullable(),
  /** Earliest publication (or first-seen) time of a member, ISO-8601. */
  firstSeen: z.iso.datetime(),
  /** Latest publication (or first-seen) time of a member, ISO-8601. */
  lastSeen: z.iso.datetime(),
  /** Distinct source ids of the members. */
  sources: z.array(z.string().min(1)),
  /** Distinct ISO 639-1 languages of the members that declared one. */
  languages: z.array(z.string()),
  /** The wire original of the story's copies (agency item if seen, else earliest copy); null if none. */
  originalArticleId: z.string().min(1).nullable(),
});

export const storyUpdatedV1Schema = envelopeSchema(
  'news.story.updated',
  1,
  storyUpdatedV1PayloadSchema,
);

export type StoryUpdatedV1 = z.infer<typeof storyUpdatedV1Schema>;
export type StoryUpdatedV1Payload = StoryUpdatedV1['payload'];
