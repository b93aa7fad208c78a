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
  /** Last modification time (ISO-8601) the page's own article metadata states; null if none. */
  modifiedAt: z.iso.datetime().nullable().optional(),
  /** The page's lead image (JSON-LD image, og:image…), an absolute http(s) URL; null if none. */
  leadImageUrl: z.url().nullable().optional(),
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
    /** How each further field was found; null when the field is null (absent on older events). */
    byline: provenanceSchema.nullable().optional(),
    modifiedAt: provenanceSchema.nullable().optional(),
    language: provenanceSchema.nullable().optional(),
    canonicalUrl: provenanceSchema.nullable().optional(),
    sourceName: provenanceSchema.nullable().optional(),
    leadImageUrl: provenanceSchema.nullable().optional(),
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

/** What a revision changed relative to the previous version of the same article. */
export const revisionChangesSchema = z.object({
  /** The version this one is compared with (always `version − 1`). */
  previousVersion: z.number().int().positive(),
  /** The normalised headline differs (typography and case aside). */
  headlineChanged: z.boolean(),
  /** The previous version's headline, when it changed; else null. */
  previousHeadline: z.string().nullable(),
  /** Paragraphs with no counterpart in the previous version. */
  paragraphsAdded: z.number().int().nonnegative(),
  /** Paragraphs of the previous version missing now. */
  paragraphsRemoved: z.number().int().nonnegative(),
  /** Paragraphs present in both with different words (a corrected figure, a reworded line). */
  paragraphsEdited: z.number().int().nonnegative(),
  /** The first few added paragraphs, each cut to at most 300 characters (an ellipsis marks a cut). */
  added: z.array(z.string()),
  /** The first few removed paragraphs, cut the same way. */
  removed: z.array(z.string()),
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
  /**
   * For a `revision`: what changed relative to the previous version. Null for other verdicts,
   * and for a revision whose previous version's text is no longer retained (older than
   * `DEDUP_RETENTION_DAYS`).
   */
  revision: revisionChangesSchema.nullable().optional(),
});

export type DedupVerdict = z.infer<typeof dedupVerdictSchema>;
export type RevisionChanges = z.infer<typeof revisionChangesSchema>;
export type WireAttribution = z.infer<typeof wireAttributionSchema>;
export type CopyChangesSummary = z.infer<typeof copyChangesSummarySchema>;

/** One occurrence of an entity in `text`: [start, end) in UTF-16 code units, as JavaScript slices. */
export const mentionSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const entityTypeSchema = z.enum(['person', 'organisation', 'place']);

/** Where a place entity is, as resolved against GeoNames. */
export const placeDetailsSchema = z.object({
  /** GeoNames feature id, `geonames:<id>` (https://sws.geonames.org/<id>/). */
  geonamesId: z.string().regex(/^geonames:\d+$/),
  featureClass: z.enum(['country', 'admin-region', 'city']),
  /** ISO 3166-1 alpha-2 code of the country the place is in (its own, for a country). */
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  /** WGS84 degrees. A country's or region's point is a representative centre, not a border. */
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** 0–1: how sure the tagger is that this is the place meant among same-named places. */
  confidence: z.number().min(0).max(1),
});

/** An IPTC Media Topic assigned to the article. */
export const topicTagSchema = z.object({
  /** `medtop:<8 digits>`, e.g. `medtop:15000000` (sport). */
  code: z.string().regex(/^medtop:\d{8}$/),
  /** English label of the Media Topic. */
  name: z.string().min(1),
  /** 0–1: the topic's share of the article's topic evidence. */
  relevance: z.number().min(0).max(1),
  /** 0–1: how sure the classifier is that the topic applies. */
  confidence: z.number().min(0).max(1),
});

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
  /** For a place the tagger could locate: GeoNames id, country, coordinates. */
  place: placeDetailsSchema.optional(),
});

export const articleTagsSchema = z.object({
  language: z.string().length(2).nullable(),
  entities: z.array(taggedEntitySchema),
  /** IPTC Media Topics, most relevant first; absent from events tagged before topics existed. */
  topics: z.array(topicTagSchema).optional(),
  tagger: z.object({ name: z.string().min(1), version: z.string().min(1) }),
  taggedAt: z.iso.datetime(),
});

export type Mention = z.infer<typeof mentionSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type TaggedEntity = z.infer<typeof taggedEntitySchema>;
export type PlaceDetails = z.infer<typeof placeDetailsSchema>;
export type TopicTag = z.infer<typeof topicTagSchema>;
export type ArticleTags = z.infer<typeof articleTagsSchema>;
