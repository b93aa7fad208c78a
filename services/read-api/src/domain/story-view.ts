import type { ArticleDocument, LiveStoryDocument } from '@newsflow/contracts';
import { z } from 'zod';

/** The public JSON shape of a story in lists. Also the source of its OpenAPI schema. */
export const storySummaryViewSchema = z.object({
  id: z.string().describe('Story id: story: + the id of its first article'),
  title: z.string().nullable().describe("Headline of the story's first article"),
  firstSeen: z.string().describe('ISO-8601: earliest publication (or first-seen) time of a member'),
  lastSeen: z.string().describe('ISO-8601: latest publication (or first-seen) time of a member'),
  updatedAt: z.string().describe('ISO-8601: when deduplication last changed the story'),
  memberCount: z.number().int(),
  memberArticleIds: z.array(z.string()).describe('In the order they joined'),
  sources: z.array(z.string()),
  languages: z.array(z.string()).describe('ISO 639-1'),
  originalArticleId: z.string().nullable().describe('The wire original of the copies'),
  mergedFrom: z.array(z.string()).describe('Stories folded into this one'),
  lastChange: z.enum(['created', 'grown', 'merged']),
});

export type StorySummaryView = z.infer<typeof storySummaryViewSchema>;
export type StorySummaryField = keyof StorySummaryView;
export const STORY_SUMMARY_FIELDS = Object.keys(
  storySummaryViewSchema.shape,
) as StorySummaryField[];

/** One member as the `articles` collection has it; `stored: false` until publishing has it. */
export const storyMemberViewSchema = z.object({
  id: z.string(),
  stored: z.boolean().describe('False while the article is still on its way through the pipeline'),
  title: z.string().nullable(),
  source: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable().describe('ISO-8601, as the source stated it'),
  firstSeenAt: z.string().nullable().describe('ISO-8601: when Newsflow ingested it'),
  language: z.string().nullable(),
  agency: z.string().nullable().describe('Credited wire agency'),
  verdict: z.enum(['unique', 'revision', 'near-duplicate']).nullable(),
  duplicateOf: z.string().nullable(),
  similarity: z.number().nullable(),
});

export type StoryMemberView = z.infer<typeof storyMemberViewSchema>;

export const storyDetailViewSchema = storySummaryViewSchema.extend({
  redirectedFrom: z
    .string()
    .nullable()
    .describe('The id asked for, when that story was merged into this one; else null'),
  original: storyMemberViewSchema.nullable(),
  members: z.array(storyMemberViewSchema).describe('In the order they joined'),
  membersTruncated: z.boolean().describe('Only the latest members are listed in big stories'),
  timeline: z
    .array(
      z.object({
        at: z.string().nullable().describe('Publication, else first-seen time (ISO-8601)'),
        articleId: z.string(),
        sourceId: z.string().nullable(),
        title: z.string().nullable(),
        verdict: z.enum(['unique', 'revision', 'near-duplicate']).nullable(),
        isOriginal: z.boolean(),
      }),
    )
    .describe('Members by publication (or first-seen) time, oldest first'),
});

export type StoryDetailView = z.infer<typeof storyDetailViewSchema>;

/** The fields of `articles` a member view needs. */
export type StoryMemberArticle = Pick<
  ArticleDocument,
  | '_id'
  | 'title'
  | 'sourceId'
  | 'sourceName'
  | 'url'
  | 'publishedAt'
  | 'ingestedAt'
  | 'language'
  | 'credit'
  | 'dedup'
>;

export function toStorySummaryView(doc: LiveStoryDocument): StorySummaryView {
  return {
    id: doc._id,
    title: doc.title,
    firstSeen: doc.firstSeen.toISOString(),
    lastSeen: doc.lastSeen.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    memberCount: doc.memberCount,
    memberArticleIds: doc.memberArticleIds,
    sources: doc.sources,
    languages: doc.languages,
    originalArticleId: doc.originalArticleId,
    mergedFrom: doc.mergedFrom,
    lastChange: doc.lastChange,
  };
}

/** Only the fields asked for (`id` always, so a client can follow up). */
export function selectStoryFields(
  view: StorySummaryView,
  fields: readonly StorySummaryField[] | undefined,
): Partial<StorySummaryView> {
  if (!fields) return view;
  const selected: Partial<Record<StorySummaryField, unknown>> = { id: view.id };
  for (const field of fields) selected[field] = view[field];
  return selected as Partial<StorySummaryView>;
}

export function toStoryMemberView(
  id: string,
  article: StoryMemberArticle | undefined,
): StoryMemberView {
  if (!article) {
    return {
      id,
      stored: false,
      title: null,
      source: null,
      url: null,
      publishedAt: null,
      firstSeenAt: null,
      language: null,
      agency: null,
      verdict: null,
      duplicateOf: null,
      similarity: null,
    };
  }
  return {
    id,
    stored: true,
    title: article.title,
    source: { id: article.sourceId, name: article.sourceName },
    url: article.url,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    firstSeenAt: article.ingestedAt.toISOString(),
    language: article.language,
    agency: article.credit?.agency ?? article.dedup.wire?.agency ?? null,
    verdict: article.dedup.verdict,
    duplicateOf: article.dedup.duplicateOf ?? null,
    similarity: article.dedup.similarity ?? null,
  };
}

/**
 * Members oldest first by publication time, else the time Newsflow first saw them; ties by id
 * so the order is stable. Members not stored yet have no time and come last.
 */
export function buildTimeline(
  members: readonly StoryMemberView[],
  originalArticleId: string | null,
): StoryDetailView['timeline'] {
  return members
    .map((member) => ({
      at: member.publishedAt ?? member.firstSeenAt,
      articleId: member.id,
      sourceId: member.source?.id ?? null,
      title: member.title,
      verdict: member.verdict,
      isOriginal: member.id === originalArticleId,
    }))
    .sort((a, b) => {
      if (a.at === null || b.at === null) return a.at === b.at ? 0 : a.at === null ? 1 : -1;
      const byTime = Date.parse(a.at) - Date.parse(b.at);
      return byTime !== 0 ? byTime : a.articleId.localeCompare(b.articleId);
    });
}

/** A story's page lists at most this many members (the latest to join) and always the original. */
export const MAX_DETAIL_MEMBERS = 200;

/** The members a detail view shows: the latest to join, capped, plus the original. */
export function detailMemberIds(doc: LiveStoryDocument): string[] {
  const shown = doc.memberArticleIds.slice(-MAX_DETAIL_MEMBERS);
  const original = doc.originalArticleId;
  return original !== null && !shown.includes(original) ? [...shown, original] : shown;
}

export function toStoryDetailView(
  doc: LiveStoryDocument,
  articles: ReadonlyMap<string, StoryMemberArticle>,
  redirectedFrom: string | null,
): StoryDetailView {
  const shown = doc.memberArticleIds.slice(-MAX_DETAIL_MEMBERS);
  const members = shown.map((id) => toStoryMemberView(id, articles.get(id)));
  const original = doc.originalArticleId;
  return {
    ...toStorySummaryView(doc),
    redirectedFrom,
    original: original === null ? null : toStoryMemberView(original, articles.get(original)),
    members,
    membersTruncated: shown.length < doc.memberArticleIds.length,
    timeline: buildTimeline(members, original),
  };
}
