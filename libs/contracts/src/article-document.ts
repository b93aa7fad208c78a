import type {
  ArticleTags,
  Credit,
  DedupVerdict,
  ExtractedArticle,
  TaggedEntity,
  TopicTag,
} from './article.schema';

/**
 * A document of the `articles` collection: written only by publishing, read by read-api and by
 * anyone who queries the store directly. `_id` is the article id. One document per article,
 * holding its latest version.
 */
export interface ArticleDocument {
  _id: string;
  /** Latest version stored; a revision replaces the document with a higher one. */
  version: number;
  title: string | null;
  byline: string | null;
  paragraphs: string[];
  /** `paragraphs` joined by blank lines; entity mention offsets refer to it. */
  text: string;
  url: string | null;
  canonicalUrl: string | null;
  sourceId: string;
  sourceName: string | null;
  publishedAt: Date | null;
  ingestedAt: Date;
  /** `publishedAt`, else `ingestedAt`: the time lists sort and filter by (indexed). */
  sortAt: Date;
  language: string | null;
  credit: Credit | null;
  entities: TaggedEntity[];
  /** Every entity id in `entities` — the indexed field behind "articles about X". */
  entityIds: string[];
  /** Lower-cased canonical names and mention texts, for look-up by name (indexed). */
  entityKeys: string[];
  /** IPTC Media Topics the tagger assigned, most relevant first; absent on articles stored earlier. */
  topics?: TopicTag[];
  /** Their codes (`medtop:15000000`) — the indexed field behind "articles on topic X". */
  topicCodes?: string[];
  dedup: DedupVerdict;
  tagger: ArticleTags['tagger'];
  provenance: ExtractedArticle['provenance'];
  origin: ExtractedArticle['origin'];
  feedUrl: string | null;
  contentHash: string;
  firstStoredAt: Date;
  updatedAt: Date;
  /** Distinct folded words of title and body (libs/text `searchTerms`), for word search (indexed). */
  searchTerms: string[];
  /**
   * The latest version as an IPTC ninjs 3.1 item (what `GET /v1/articles/:id` returns by
   * default); absent on articles stored before renditions were kept.
   */
  ninjs?: Record<string, unknown>;
}

export const ARTICLES_COLLECTION = 'articles';

/**
 * A document of `article_versions` (written by publishing): every version of every article, so
 * newsroom tools can show what a revision changed. `_id` is `<articleId>@v<version>`.
 */
export interface ArticleVersionDocument {
  _id: string;
  articleId: string;
  version: number;
  /** The version's place in its URL's history: a near-duplicate's first version is `unique` here. */
  verdict: 'unique' | 'revision';
  title: string | null;
  paragraphs: string[];
  contentHash: string;
  storedAt: Date;
}

export const ARTICLE_VERSIONS_COLLECTION = 'article_versions';
