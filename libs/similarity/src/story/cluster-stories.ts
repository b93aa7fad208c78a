import { articleSimilarity, type PairSimilarity, type StoryArticle } from './story-article';

/** An article to cluster, with the article it copies when it is a near-duplicate. */
export interface ClusterInput {
  readonly article: StoryArticle;
  readonly nearDuplicateOf?: string | null;
}

export interface ClusterStoriesOptions {
  /** Average-linkage level at which clusters stop merging. */
  readonly threshold: number;
  /** Pairwise similarity; `articleSimilarity` with default options unless given. */
  readonly similarity?: PairSimilarity;
}

/** Chosen on ECB+ dev by `npm run eval:stories` (docs/quality-stories.md: batch F1 0.90). */
export const DEFAULT_CLUSTER_THRESHOLD = 0.25;

/**
 * Batch story clustering: agglomerative clustering with average linkage (UPGMA) down to
 * `threshold`, starting from near-duplicate groups (a copy is always in its original's story).
 * For re-clustering a window offline and for evaluation; the service assigns online with
 * `assignStory`. O(n²) memory and about O(n³) time: meant for windows of hundreds of articles.
 * Returns clusters of article ids, each in input order, clusters ordered by first member.
 */
export function clusterStories(
  inputs: readonly ClusterInput[],
  options: ClusterStoriesOptions = { threshold: DEFAULT_CLUSTER_THRESHOLD },
): string[][] {
  const similarity = options.similarity ?? ((a, b) => articleSimilarity(a, b));
  const clusters = nearDuplicateGroups(inputs);
  const n = inputs.length;
  // Pairwise article similarities, then Lance–Williams updates on cluster sums.
  const pair = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const a = inputs[i]?.article;
      const b = inputs[j]?.article;
      if (a === undefined || b === undefined) continue;
      const value = similarity(a, b);
      pair[i * n + j] = value;
      pair[j * n + i] = value;
    }
  }
  const sums = clusters.map((left) =>
    clusters.map((right) => {
      let sum = 0;
      for (const i of left) for (const j of right) sum += pair[i * n + j] ?? 0;
      return sum;
    }),
  );
  const alive = clusters.map(() => true);
  for (;;) {
    let best = -1;
    let bestPair: readonly [number, number] | null = null;
    for (let a = 0; a < clusters.length; a += 1) {
      if (alive[a] !== true) continue;
      for (let b = a + 1; b < clusters.length; b += 1) {
        if (alive[b] !== true) continue;
        const size = (clusters[a]?.length ?? 0) * (clusters[b]?.length ?? 0);
        const linkage = (sums[a]?.[b] ?? 0) / size;
        if (linkage > best) {
          best = linkage;
          bestPair = [a, b];
        }
      }
    }
    if (bestPair === null || best < options.threshold) break;
    const [keep, drop] = bestPair;
    clusters[keep] = [...(clusters[keep] ?? []), ...(clusters[drop] ?? [])];
    alive[drop] = false;
    for (let other = 0; other < clusters.length; other += 1) {
      const row = sums[other];
      const keepRow = sums[keep];
      if (row === undefined || keepRow === undefined) continue;
      const merged = (row[keep] ?? 0) + (row[drop] ?? 0);
      row[keep] = merged;
      keepRow[other] = merged;
    }
  }
  return clusters
    .filter((_, index) => alive[index] === true)
    .map((members) => [...members].sort((a, b) => a - b))
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .map((members) => members.map((index) => inputs[index]?.article.articleId ?? ''));
}

// Union–find over "copies" links; links to articles outside the input are ignored.
function nearDuplicateGroups(inputs: readonly ClusterInput[]): number[][] {
  const indexById = new Map(inputs.map((input, index) => [input.article.articleId, index]));
  const parent = inputs.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] ?? current;
    return current;
  };
  inputs.forEach((input, index) => {
    const target = indexById.get(input.nearDuplicateOf ?? '');
    if (target !== undefined) parent[root(index)] = root(target);
  });
  const groups = new Map<number, number[]>();
  inputs.forEach((_, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()];
}
