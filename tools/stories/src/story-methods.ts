import {
  addPairCounts,
  articleSimilarity,
  buildStoryArticle,
  clusterStories,
  cosineSimilarity,
  countClusterPairs,
  countDocumentFrequencies,
  extractStoryFeatures,
  replayStories,
  storyFeatureKeys,
  tfIdfVector,
  tokeniseWords,
  type PairCounts,
  type PairSimilarity,
  type StoryArticle,
} from '@newsflow/similarity';
import type { EvalArticle } from './eval-corpus.reader';

/** One topic, its articles represented for our method and for the baseline. */
export interface PreparedTopic {
  readonly articles: readonly EvalArticle[];
  readonly ours: readonly StoryArticle[];
  readonly oursSimilarity: PairSimilarity;
  readonly baseline: readonly StoryArticle[];
  readonly baselineSimilarity: PairSimilarity;
}

function countWords(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokeniseWords(lines.join('\n'))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

// Sweeps ask for the same pairs thousands of times; each topic's pairs are computed once.
function memoised(articles: readonly StoryArticle[], similarity: PairSimilarity): PairSimilarity {
  const indexById = new Map(articles.map((article, index) => [article.articleId, index]));
  const n = articles.length;
  const cache = new Float64Array(n * n).fill(Number.NaN);
  return (left, right) => {
    const i = indexById.get(left.articleId);
    const j = indexById.get(right.articleId);
    if (i === undefined || j === undefined) return similarity(left, right);
    const cached = cache[i * n + j] ?? Number.NaN;
    if (!Number.isNaN(cached)) return cached;
    const value = similarity(left, right);
    cache[i * n + j] = value;
    cache[j * n + i] = value;
    return value;
  };
}

/**
 * Builds both representations. Document frequencies come from the whole file, as the service
 * takes them from all recent articles, not from one topic. Publication times are unknown in
 * the file, so time proximity plays no part.
 */
export function prepareTopics(topics: readonly (readonly EvalArticle[])[]): PreparedTopic[] {
  const all = topics.flat();
  const features = new Map(all.map((article) => [article, extractStoryFeatures(article.lines)]));
  const words = new Map(all.map((article) => [article, countWords(article.lines)]));
  const oursFrequencies = countDocumentFrequencies([...features.values()].map(storyFeatureKeys));
  const baselineFrequencies = countDocumentFrequencies(
    [...words.values()].map((counts) => [...counts.keys()].map((word) => `w:${word}`)),
  );
  return topics.map((articles) => {
    const ours = articles.map((article) =>
      buildStoryArticle(
        { articleId: article.doc, publishedAt: null, features: features.get(article) ?? EMPTY },
        oursFrequencies,
      ),
    );
    const baseline = articles.map((article) => ({
      articleId: article.doc,
      publishedAt: null,
      terms: tfIdfVector(words.get(article) ?? new Map(), baselineFrequencies, 'w:', {
        sublinear: false,
      }),
      names: new Map<string, number>(),
      numbers: new Set<string>(),
    }));
    return {
      articles,
      ours,
      oursSimilarity: memoised(ours, (a, b) => articleSimilarity(a, b)),
      baseline,
      baselineSimilarity: memoised(baseline, (a, b) => cosineSimilarity(a.terms, b.terms)),
    };
  });
}

const EMPTY = { terms: new Map(), names: new Map(), numbers: new Set<string>() };

function pairCounts(articles: readonly EvalArticle[], clusters: readonly (readonly string[])[]) {
  const predicted = new Map<string, string>();
  clusters.forEach((members, index) => {
    for (const doc of members) predicted.set(doc, String(index));
  });
  return countClusterPairs(
    articles.map((article) => ({
      gold: article.cluster,
      predicted: predicted.get(article.doc) ?? `single:${article.doc}`,
    })),
  );
}

/** Batch average-linkage clustering (`clusterStories`) at one threshold; counts per topic. */
export function scoreBatch(
  topics: readonly PreparedTopic[],
  method: 'ours' | 'baseline',
  threshold: number,
): PairCounts[] {
  return topics.map((topic) => {
    const articles = method === 'ours' ? topic.ours : topic.baseline;
    const similarity = method === 'ours' ? topic.oursSimilarity : topic.baselineSimilarity;
    const clusters = clusterStories(
      articles.map((article) => ({ article })),
      { threshold, similarity },
    );
    return pairCounts(topic.articles, clusters);
  });
}

/** Distance between the join and the merge threshold of the online method. */
export const MERGE_MARGIN = 0.02;

/**
 * Online assignment (`assignStory` through `replayStories`) of every topic, in the file order
 * and in `orders − 1` seeded shuffles; counts per topic, summed over the orders.
 */
export function scoreOnline(
  topics: readonly PreparedTopic[],
  threshold: number,
  orders: number,
): PairCounts[] {
  return topics.map((topic, topicIndex) => {
    const counts: PairCounts[] = [];
    for (let order = 0; order < orders; order += 1) {
      const sequence =
        order === 0 ? [...topic.ours] : shuffled(topic.ours, order * 7919 + topicIndex);
      const replay = replayStories(
        sequence.map((article) => ({ article })),
        {
          thresholds: { join: threshold, merge: threshold + MERGE_MARGIN },
          similarity: topic.oursSimilarity,
        },
      );
      counts.push(pairCounts(topic.articles, [...replay.stories.values()]));
    }
    return addPairCounts(counts);
  });
}

// mulberry32: a small seeded generator, so every run shuffles identically.
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
