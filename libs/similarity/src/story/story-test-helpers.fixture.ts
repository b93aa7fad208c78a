import type { PairSimilarity, StoryArticle } from './story-article';

/** A featureless article; tests give similarities directly through `tableSimilarity`. */
export function bareArticle(articleId: string, publishedAt: number | null = null): StoryArticle {
  return { articleId, publishedAt, terms: new Map(), names: new Map(), numbers: new Set() };
}

/** Similarity from a table of pairs ("a|b" → value, either order); 1 for self, else 0. */
export function tableSimilarity(table: Readonly<Record<string, number>>): PairSimilarity {
  return (left, right) => {
    if (left.articleId === right.articleId) return 1;
    return (
      table[`${left.articleId}|${right.articleId}`] ??
      table[`${right.articleId}|${left.articleId}`] ??
      0
    );
  };
}
