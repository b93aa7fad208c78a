import { createHash } from 'node:crypto';
import type {
  ArticleDeduplicatedV1,
  ArticleIngestedV1,
  ArticleTaggedV1,
  ArticleTags,
  DedupVerdict,
  ExtractedArticle,
} from '@newsflow/contracts';

const FIXED_TIME = '2026-03-02T10:00:00.000Z';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A valid extracted article; override what the test is about. */
export function anExtractedArticle(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const paragraphs = overrides.paragraphs ?? [
    'Ministers from twelve countries met in Lisbon on Tuesday to agree new fishing quotas.',
    'The agreement still needs approval from national parliaments, officials said.',
  ];
  const text = overrides.text ?? paragraphs.join('\n\n');
  return {
    articleId: 'art_00000000000000000000000000000001',
    url: 'https://news.example.com/world/quotas',
    canonicalUrl: 'https://news.example.com/world/quotas',
    sourceId: 'news.example.com',
    sourceName: 'Example News',
    title: 'Ministers agree fishing quotas',
    byline: null,
    publishedAt: FIXED_TIME,
    language: 'en',
    paragraphs,
    text,
    credit: null,
    contentHash: sha256Hex(text),
    origin: 'push-text',
    feedUrl: null,
    ingestedAt: FIXED_TIME,
    provenance: {
      body: { extractor: 'test', version: '0', method: 'builder' },
      title: null,
      publishedAt: null,
    },
    ...overrides,
  };
}

export function aDedupVerdict(overrides: Partial<DedupVerdict> = {}): DedupVerdict {
  return {
    verdict: 'unique',
    version: 1,
    canonicalUrl: 'https://news.example.com/world/quotas',
    contentHash: 'a'.repeat(64),
    storyId: null,
    decidedAt: FIXED_TIME,
    ...overrides,
  };
}

export function someTags(overrides: Partial<ArticleTags> = {}): ArticleTags {
  return {
    language: 'en',
    entities: [
      {
        id: 'local:place:lisbon',
        type: 'place',
        name: 'Lisbon',
        mentions: [{ text: 'Lisbon', start: 35, end: 41 }],
        salience: 0.8,
        confidence: 0.9,
      },
    ],
    tagger: { name: 'test-tagger', version: '0' },
    taggedAt: FIXED_TIME,
    ...overrides,
  };
}

function envelope<T extends string>(type: T, key: string) {
  return {
    id: `${key}/${type}`,
    type,
    version: 1 as const,
    occurredAt: FIXED_TIME,
    source: 'test',
    correlationId: `corr-${key}`,
    causationId: null,
    key,
  };
}

export function anIngestedEvent(
  article: ExtractedArticle = anExtractedArticle(),
): ArticleIngestedV1 {
  return { ...envelope('news.article.ingested' as const, article.articleId), payload: article };
}

export function aDeduplicatedEvent(
  article: ExtractedArticle = anExtractedArticle(),
  dedup: DedupVerdict = aDedupVerdict(),
): ArticleDeduplicatedV1 {
  return {
    ...envelope('news.article.deduplicated' as const, article.articleId),
    payload: { article, dedup },
  };
}

export function aTaggedEvent(
  article: ExtractedArticle = anExtractedArticle(),
  dedup: DedupVerdict = aDedupVerdict(),
  tags: ArticleTags = someTags(),
): ArticleTaggedV1 {
  return {
    ...envelope('news.article.tagged' as const, article.articleId),
    payload: { article, dedup, tags },
  };
}
