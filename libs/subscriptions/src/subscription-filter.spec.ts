import { aDedupVerdict, anExtractedArticle, someTags } from '@newsflow/testing';
import type { ArticlePublishedV1Payload } from '@newsflow/contracts';
import {
  matchesSubscription,
  subscriptionFilterSchema,
  subscriptionTopicName,
} from './subscription-filter';

function published(
  overrides: { version?: number; language?: string | null; text?: string } = {},
): ArticlePublishedV1Payload {
  const article = anExtractedArticle({
    ...(overrides.text && { text: overrides.text, paragraphs: [overrides.text] }),
    ...(overrides.language !== undefined && { language: overrides.language }),
  });
  return {
    articleId: article.articleId,
    version: overrides.version ?? 1,
    article,
    dedup: aDedupVerdict({ version: overrides.version ?? 1 }),
    tags: someTags(overrides.language === undefined ? {} : { language: overrides.language }),
    publishedAt: '2026-03-02T10:00:00.000Z',
    ninjs: { uri: 'urn:x' },
  };
}

describe('matchesSubscription', () => {
  it('matches everything with an empty filter', () => {
    expect(matchesSubscription({}, published())).toBe(true);
  });

  it('needs every given field to match, any value within a field', () => {
    const filter = {
      entityIds: ['wikidata:Q1', 'local:place:lisbon'],
      sources: ['news.example.com'],
      languages: ['en'],
    };
    expect(matchesSubscription(filter, published())).toBe(true);
    expect(matchesSubscription({ ...filter, languages: ['fr'] }, published())).toBe(false);
    expect(matchesSubscription({ ...filter, sources: ['other.example'] }, published())).toBe(false);
    expect(matchesSubscription({ entityIds: ['wikidata:Q2'] }, published())).toBe(false);
    expect(matchesSubscription({ languages: ['en'] }, published({ language: null }))).toBe(false);
  });

  it('matches whole words in title or body, case-insensitively', () => {
    expect(matchesSubscription({ words: ['QUOTAS'] }, published())).toBe(true);
    expect(matchesSubscription({ words: ['quota'] }, published())).toBe(false);
    expect(
      matchesSubscription(
        { words: ['café'] },
        published({ text: 'A new Café opened on the square.' }),
      ),
    ).toBe(true);
  });

  it('matches IPTC topics the tagger assigned, and none on articles without topics', () => {
    const sport = { code: 'medtop:15000000', name: 'sport', relevance: 0.8, confidence: 0.9 };
    const tagged = published();
    const withSport = { ...tagged, tags: { ...tagged.tags, topics: [sport] } };
    expect(matchesSubscription({ topics: ['medtop:15000000'] }, withSport)).toBe(true);
    expect(matchesSubscription({ topics: ['medtop:11000000'] }, withSport)).toBe(false);
    const withoutTopics = { ...tagged, tags: { ...tagged.tags, topics: undefined } };
    expect(matchesSubscription({ topics: ['medtop:15000000'] }, withoutTopics)).toBe(false);
    expect(subscriptionFilterSchema.safeParse({ topics: ['sport'] }).success).toBe(false);
  });

  it('tells new articles from revisions', () => {
    expect(matchesSubscription({ storyStatus: 'new' }, published({ version: 2 }))).toBe(false);
    expect(matchesSubscription({ storyStatus: 'revision' }, published({ version: 2 }))).toBe(true);
    expect(matchesSubscription({ storyStatus: 'revision' }, published())).toBe(false);
  });
});

describe('subscriptionFilterSchema', () => {
  it('refuses unknown fields and operator-looking values', () => {
    expect(subscriptionFilterSchema.safeParse({ entityIds: ['$where'] }).success).toBe(false);
    expect(subscriptionFilterSchema.safeParse({ colour: ['red'] }).success).toBe(false);
    expect(subscriptionFilterSchema.safeParse({ languages: ['english'] }).success).toBe(false);
    expect(
      subscriptionFilterSchema.safeParse({ words: ['cholera'], storyStatus: 'new' }).success,
    ).toBe(true);
  });

  it('names subscription topics by id', () => {
    expect(subscriptionTopicName('sub_0123456789abcdef')).toBe(
      'news.subscription.sub_0123456789abcdef.v1',
    );
  });
});
