import { articleIdFor } from './article-id';

const hash = 'a'.repeat(64);

describe('articleIdFor', () => {
  it('derives the id from the canonical URL when there is one', () => {
    const a = articleIdFor({
      canonicalUrl: 'https://x.org/1',
      sourceId: 'x.org',
      contentHash: hash,
    });
    const b = articleIdFor({
      canonicalUrl: 'https://x.org/1',
      sourceId: 'other',
      contentHash: 'b'.repeat(64),
    });
    expect(a).toBe(b);
    expect(a).toMatch(/^art_[0-9a-f]{32}$/);
  });

  it('derives it from source and words otherwise', () => {
    const a = articleIdFor({ canonicalUrl: null, sourceId: 'cli', contentHash: hash });
    expect(articleIdFor({ canonicalUrl: null, sourceId: 'cli', contentHash: hash })).toBe(a);
    expect(articleIdFor({ canonicalUrl: null, sourceId: 'other', contentHash: hash })).not.toBe(a);
  });
});
