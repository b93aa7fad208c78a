import { clusterStories } from './cluster-stories';
import { bareArticle, tableSimilarity } from './story-test-helpers.fixture';

const inputs = (...ids: string[]) => ids.map((id) => ({ article: bareArticle(id) }));

describe('clusterStories', () => {
  const similarity = tableSimilarity({ 'a|b': 0.8, 'c|d': 0.7, 'a|c': 0.1, 'b|d': 0.1 });

  it('groups by average linkage down to the threshold', () => {
    expect(clusterStories(inputs('a', 'b', 'c', 'd'), { threshold: 0.5, similarity })).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('merges everything at a low threshold and nothing at threshold 1', () => {
    // linkage between {a,b} and {c,d} = (0.1 + 0 + 0 + 0.1) / 4 = 0.05
    expect(clusterStories(inputs('a', 'b', 'c', 'd'), { threshold: 0.05, similarity })).toEqual([
      ['a', 'b', 'c', 'd'],
    ]);
    expect(clusterStories(inputs('a', 'b'), { threshold: 0.81, similarity })).toEqual([
      ['a'],
      ['b'],
    ]);
  });

  it('keeps a near-duplicate with its original even when they look dissimilar', () => {
    const result = clusterStories(
      [{ article: bareArticle('a') }, { article: bareArticle('e'), nearDuplicateOf: 'a' }],
      { threshold: 0.5, similarity },
    );
    expect(result).toEqual([['a', 'e']]);
  });

  it('returns nothing for no input', () => {
    expect(clusterStories([], { threshold: 0.5, similarity })).toEqual([]);
  });
});
