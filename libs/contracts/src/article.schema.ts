import { z } from 'zod';

/** How one field was found: which extractor, which version, which rule. Lets a field be audited and re-run. */
export const provenanceSchema = z.object({
  extractor: z.string().min(1),
  version: z.string().min(1),
  method: z.string().min(1),
});

/** The wire agency or provider credited for an article, and the line that said so. */
export const creditSchema = z.object({
  /** Canonical agency code, e.g. `AFP`, `AP`, `Reuters`, `dpa`. */
  agency: z.string().min(1),
  /** The text that carried the credit, as found (e.g. `Source: AFP`). */
  line: z.string().min(1),
  provenance: provenanceSchema,
});

/** An article as it leaves extraction: clean text plus metadata, before any enrichment. */
export const extractedArticleSchema = z.object({
  /** Stable id: from the canonical URL, or from source + content for pushed items without one. */
  articleId: z.string().min(1),
  url: z.url().nullable(),
  canonicalUrl: z.url().nullable(),
  /** Stable id of the source (feed or pusher), e.g. the site host `example.com`. */
  sourceId: z.string().min(1),
  sourceName: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** Publication time (ISO-8601) if the source said; never guessed from unrelated page parts. */
  publishedAt: z.iso.datetime().nullable(),
  /** ISO 639-1 code if known at extraction. */
  language: z.string().length(2).nullable(),
  /** The article body, one entry per paragraph, boilerplate removed. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** `paragraphs` joined by `\n\n`; entity offsets refer to this string. */
  text: z.string().min(1),
  credit: creditSchema.nullable(),
  /** sha256 of the normalised text, hex; equal hashes mean the same words. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** How the body was obtained: pushed text, pushed html, feed item, fetched page. */
  origin: z.enum(['push-text', 'push-html', 'feed-item', 'page']),
  feedUrl: z.url().nullable(),
  ingestedAt: z.iso.datetime(),
  provenance: z.object({
    body: provenanceSchema,
    title: provenanceSchema.nullable(),
    publishedAt: provenanceSchema.nullable(),
  }),
});

export type Provenance = z.infer<typeof provenanceSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type ExtractedArticle = z.infer<typeof extractedArticleSchema>;

/** What a syndicated copy changed relative to the original it was linked to. */
export const copyChangesSummarySchema = z.object({
  /** The normalised headline differs from the original's. */
  headlineChanged: z.boolean(),
  /** Paragraphs with no counterpart in the original (local additions, boilerplate). */
  paragraphsAdded: z.number().int().nonnegative(),
  /** Paragraphs of the original missing from the copy. */
  paragraphsRemoved: z.number().int().nonnegative(),
  /** Paragraphs present in both with different words (spelling, dateline, rewording). */
  paragraphsEdited: z.number().int().nonnegative(),
  /** The copy keeps the original's first paragraphs and drops all that follow. */
  truncated: z.boolean(),
  /** Kept paragraphs appear in another order. */
  reordered: z.boolean(),
});

/** Which wire item a near-duplicate copies, as known when the verdict was made. */
export const wireAttributionSchema = z.object({
  /** Agency the copies credit (e.g. `AFP`), null when none credits one. */
  agency: z.string().min(1).nullable(),
  /** The original of the copy group: the agency's own item if seen, else the earliest copy. */
  originalArticleId: z.string().min(1),
  /** What this copy changed relative to the original; null when this article is the original. */
  changes: copyChangesSummarySchema.nullable(),
});

/** What deduplication decided about an article. */
export const dedupVerdictSchema = z.object({
  /**
   * `unique`: first time these words were seen; `revision`: same article, changed words;
   * `near-duplicate`: another article's text, lightly edited, truncated or padded (not dropped).
   */
  verdict: z.enum(['unique', 'revision', 'near-duplicate']),
  /** Monotonic per article id, starting at 1; a revision increments it. */
  version: z.number().int().positive(),
  canonicalUrl: z.string().nullable(),
  contentHash: z.string(),
  /** The story (same event) the article was grouped into; follow merges on news.story.updated.v1. */
  storyId: z.string().nullable(),
  decidedAt: z.iso.datetime(),
  /** The stored article this one copies (best match), when `near-duplicate`; else null. */
  duplicateOf: z.string().min(1).nullable().optional(),
  /** Jaccard similarity (0–1) of the word shingles with the best candidate; null if none. */
  similarity: z.number().min(0).max(1).nullable().optional(),
  /** Share (0–1) of the smaller text's shingles found in the best candidate; null if none. */
  containment: z.number().min(0).max(1).nullable().optional(),
  /** Wire attribution of a near-duplicate; null otherwise. */
  wire: wireAttributionSchema.nullable().optional(),
});

export type DedupVerdict = z.infer<typeof dedupVerdictSchema>;
export type WireAttribution = z.infer<typeof wireAttributionSchema>;
export type CopyChangesSummary = z.infer<typeof copyChangesSummarySchema>;

/** One occurrence of an entity in `text`: [start, end) in UTF-16 code units, as JavaScript slices. */
export const mentionSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const entityTypeSchema = z.enum(['person', 'organisation', 'place']);

export const taggedEntitySchema = z.object({
  /** Canonical id: `wikidata:Q…` / `geonames:…` when known, else a stable `local:` id. */
  id: z.string().min(1),
  type: entityTypeSchema,
  /** The canonical (longest, most complete) name used for this entity in the article. */
  name: z.string().min(1),
  mentions: z.array(mentionSchema).min(1),
  /** 0–1: how central the entity is to the article (position and frequency). */
  salience: z.number().min(0).max(1),
  /** 0–1: how sure the tagger is that this is an entity of this type. */
  confidence: z.number().min(0).max(1),
});

export const articleTagsSchema = z.object({
  language: z.string().length(2).nullable(),
  entities: z.array(taggedEntitySchema),
  tagger: z.object({ name: z.string().min(1), version: z.string().min(1) }),
  taggedAt: z.iso.datetime(),
});

export type Mention = z.infer<typeof mentionSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type TaggedEntity = z.infer<typeof taggedEntitySchema>;
export type ArticleTags = z.infer<typeof articleTagsSchema>;
