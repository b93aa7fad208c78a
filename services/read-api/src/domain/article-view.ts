import {
  creditSchema,
  dedupVerdictSchema,
  extractedArticleSchema,
  taggedEntitySchema,
  topicTagSchema,
  type ArticleDocument,
} from '@newsflow/contracts';
import { z } from 'zod';

/** The public JSON shape of an article. Also the source of its OpenAPI schema. */
export const articleViewSchema = z.object({
  id: z.string().describe('Article id: art_ + 32 hex'),
  version: z.number().int().describe('1 for a new article, higher for each revision'),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  source: z.object({ id: z.string(), name: z.string().nullable() }),
  publishedAt: z.string().nullable().describe('ISO-8601, as the source stated it'),
  ingestedAt: z.string().describe('ISO-8601'),
  language: z.string().nullable().describe('ISO 639-1'),
  credit: creditSchema.nullable().describe('Wire agency credited for the copy'),
  paragraphs: z.array(z.string()),
  text: z.string().describe('Paragraphs joined by blank lines; mention offsets refer to it'),
  entities: z.array(taggedEntitySchema),
  topics: z.array(topicTagSchema).describe('IPTC Media Topics, most relevant first'),
  dedup: dedupVerdictSchema,
  tagger: z.object({ name: z.string(), version: z.string() }),
  provenance: extractedArticleSchema.shape.provenance,
  origin: extractedArticleSchema.shape.origin,
  feedUrl: z.string().nullable(),
});

export type ArticleView = z.infer<typeof articleViewSchema>;

export const ARTICLE_VIEW_FIELDS = Object.keys(articleViewSchema.shape) as (keyof ArticleView)[];
export type ArticleViewField = keyof ArticleView;

/** Only the fields asked for (`id` always, so a client can follow up). */
export function selectFields(
  view: ArticleView,
  fields: readonly ArticleViewField[] | undefined,
): Partial<ArticleView> {
  if (!fields) return view;
  const selected: Partial<Record<ArticleViewField, unknown>> = { id: view.id };
  for (const field of fields) selected[field] = view[field];
  return selected as Partial<ArticleView>;
}

/** The stored document without store-internal fields. */
export function toArticleView(doc: ArticleDocument): ArticleView {
  return {
    id: doc._id,
    version: doc.version,
    title: doc.title,
    byline: doc.byline,
    url: doc.url,
    canonicalUrl: doc.canonicalUrl,
    source: { id: doc.sourceId, name: doc.sourceName },
    publishedAt: doc.publishedAt?.toISOString() ?? null,
    ingestedAt: doc.ingestedAt.toISOString(),
    language: doc.language,
    credit: doc.credit,
    paragraphs: doc.paragraphs,
    text: doc.text,
    entities: doc.entities,
    // Stored before topics existed: none.
    topics: doc.topics ?? [],
    dedup: doc.dedup,
    tagger: doc.tagger,
    provenance: doc.provenance,
    origin: doc.origin,
    feedUrl: doc.feedUrl,
  };
}
