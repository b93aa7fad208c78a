import type {
  ArticleDocument,
  ArticleTaggedV1Payload,
  ArticleVersionDocument,
} from '@newsflow/contracts';
import { searchTerms } from '@newsflow/text';

/** The stored form of a tagged article, with the derived fields its indexes need. */
export function buildArticleDocument(
  payload: ArticleTaggedV1Payload,
  ninjs: Record<string, unknown>,
  now: Date,
): Omit<ArticleDocument, 'firstStoredAt'> {
  const { article, dedup, tags } = payload;
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;
  const ingestedAt = new Date(article.ingestedAt);
  const entityKeys = new Set<string>();
  for (const entity of tags.entities) {
    entityKeys.add(entity.name.toLowerCase());
    for (const mention of entity.mentions) entityKeys.add(mention.text.toLowerCase());
  }
  return {
    _id: article.articleId,
    version: dedup.version,
    title: article.title,
    byline: article.byline,
    paragraphs: article.paragraphs,
    text: article.text,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    sourceId: article.sourceId,
    sourceName: article.sourceName,
    publishedAt,
    ingestedAt,
    sortAt: publishedAt ?? ingestedAt,
    language: tags.language ?? article.language,
    credit: article.credit,
    entities: tags.entities,
    entityIds: [...new Set(tags.entities.map((entity) => entity.id))],
    entityKeys: [...entityKeys],
    topics: tags.topics ?? [],
    topicCodes: (tags.topics ?? []).map((topic) => topic.code),
    dedup,
    tagger: tags.tagger,
    provenance: article.provenance,
    origin: article.origin,
    feedUrl: article.feedUrl,
    contentHash: article.contentHash,
    searchTerms: searchTerms(`${article.title ?? ''}\n${article.text}`),
    ninjs,
    updatedAt: now,
  };
}

/** The history entry of one version. */
export function buildVersionDocument(
  payload: ArticleTaggedV1Payload,
  now: Date,
): ArticleVersionDocument {
  const { article, dedup } = payload;
  return {
    _id: `${article.articleId}@v${dedup.version}`,
    articleId: article.articleId,
    version: dedup.version,
    verdict: dedup.verdict === 'revision' ? 'revision' : 'unique',
    title: article.title,
    paragraphs: article.paragraphs,
    contentHash: article.contentHash,
    storedAt: now,
  };
}

/** What is already stored for an article id. */
export interface StoredVersion {
  readonly version: number;
  readonly publishedVersion: number | null;
  /** When the article was first stored: ninjs `firstCreated` of every later version. */
  readonly firstStoredAt: Date;
}

export type PublishDecision =
  'store-and-publish' | 'publish-only' | 'skip-stale' | 'skip-already-published';

/**
 * Idempotency rule for publishing: a version older than the stored one is stale; the stored
 * version already on the topic is a redelivery; the stored version not yet on the topic means
 * the last attempt stopped between store and publish, so only the event is sent again.
 */
export function decidePublish(
  stored: StoredVersion | null,
  incomingVersion: number,
): PublishDecision {
  if (stored === null || incomingVersion > stored.version) return 'store-and-publish';
  if (incomingVersion < stored.version) return 'skip-stale';
  return stored.publishedVersion !== null && stored.publishedVersion >= incomingVersion
    ? 'skip-already-published'
    : 'publish-only';
}
