import { aDedupVerdict, anExtractedArticle, someTags } from '@newsflow/testing';
import { buildArticleDocument, decidePublish } from './article-document.builder';

function stored(version: number, publishedVersion: number | null) {
  return { version, publishedVersion, firstStoredAt: new Date(0) };
}

describe('decidePublish', () => {
  it('stores and publishes a new article or a newer version', () => {
    expect(decidePublish(null, 1)).toBe('store-and-publish');
    expect(decidePublish(stored(1, 1), 2)).toBe('store-and-publish');
  });

  it('skips a redelivery of the version already on the topic', () => {
    expect(decidePublish(stored(2, 2), 2)).toBe('skip-already-published');
  });

  it('skips an older version arriving late', () => {
    expect(decidePublish(stored(3, 3), 2)).toBe('skip-stale');
  });

  it('only re-sends the event when the last attempt stored but did not publish', () => {
    expect(decidePublish(stored(2, 1), 2)).toBe('publish-only');
    expect(decidePublish(stored(1, null), 1)).toBe('publish-only');
  });
});

describe('buildArticleDocument', () => {
  it('derives the indexed fields', () => {
    const article = anExtractedArticle({
      publishedAt: null,
      ingestedAt: '2026-01-05T08:00:00.000Z',
    });
    const tags = someTags({
      entities: [
        {
          id: 'wikidata:Q1065',
          type: 'organisation',
          name: 'United Nations',
          mentions: [
            { text: 'United Nations', start: 0, end: 14 },
            { text: 'UN', start: 40, end: 42 },
          ],
          salience: 0.9,
          confidence: 0.9,
        },
      ],
    });
    const doc = buildArticleDocument(
      { article, dedup: aDedupVerdict({ version: 2 }), tags },
      { uri: 'urn:x' },
      new Date(0),
    );
    expect(doc._id).toBe(article.articleId);
    expect(doc.version).toBe(2);
    expect(doc.sortAt.toISOString()).toBe('2026-01-05T08:00:00.000Z');
    expect(doc.entityIds).toEqual(['wikidata:Q1065']);
    expect(doc.entityKeys.sort()).toEqual(['un', 'united nations']);
  });
});
