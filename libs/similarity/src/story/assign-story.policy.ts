import { articleSimilarity, type PairSimilarity, type StoryArticle } from './story-article';

const defaultSimilarity: PairSimilarity = (left, right) => articleSimilarity(left, right);

/** A story as a candidate for a new article: its id and (a sample of) its members. */
export interface CandidateStory {
  readonly storyId: string;
  /**
   * Members to compare against. The service may pass a bounded sample (e.g. the 30 most recent);
   * decisions then depend only on that sample.
   */
  readonly members: readonly StoryArticle[];
}

/**
 * What to do with an article:
 * - `create`: a new story (`storyIds` empty; the caller mints the id);
 * - `join`: add it to `storyIds[0]`;
 * - `merge`: add it to `storyIds[0]` and fold every other listed story into that one. The first
 *   id is the oldest story, so ids seen downstream survive merges.
 */
export type StoryAssignment =
  | { readonly action: 'create'; readonly storyIds: readonly []; readonly score: number }
  | { readonly action: 'join'; readonly storyIds: readonly [string]; readonly score: number }
  | {
      readonly action: 'merge';
      readonly storyIds: readonly [string, string, ...string[]];
      readonly score: number;
    };

/** Similarity levels for joining and merging (see `storyAffinity`, `averageLinkage`). */
export interface StoryThresholds {
  /** Minimum affinity of an article to a story to join it. */
  readonly join: number;
  /** Minimum average linkage between two stories (one grown by the article) to merge them. */
  readonly merge: number;
}

/**
 * Chosen on ECB+ dev by `npm run eval:stories` (docs/quality-stories.md: online F1 0.86, flat
 * from 0.23 to 0.26). Merging asks for a little more than joining because downstream
 * consumers cannot un-merge.
 */
export const DEFAULT_STORY_THRESHOLDS: StoryThresholds = Object.freeze({ join: 0.25, merge: 0.27 });

export interface AssignStoryOptions {
  /** The stored article this one copies (from `decideNearDuplicate`), if any. */
  readonly nearDuplicateOf?: string | null;
  readonly thresholds?: StoryThresholds;
  /** Pairwise similarity; `articleSimilarity` with default options unless given. */
  readonly similarity?: PairSimilarity;
}

/**
 * Affinity of an article to a story: half the mean, half the best similarity to its members.
 * The mean alone under-rates a story whose early members are sparse; the best alone lets one
 * stray member pull in anything. On ECB+ dev the mix is marginally better than either.
 */
export function storyAffinity(
  article: StoryArticle,
  members: readonly StoryArticle[],
  similarity: PairSimilarity = defaultSimilarity,
): number {
  if (members.length === 0) return 0;
  let sum = 0;
  let best = 0;
  for (const member of members) {
    const value = similarity(article, member);
    sum += value;
    best = Math.max(best, value);
  }
  return 0.5 * (sum / members.length) + 0.5 * best;
}

/** Mean similarity over all cross pairs of two member lists (UPGMA); 0 if either is empty. */
export function averageLinkage(
  left: readonly StoryArticle[],
  right: readonly StoryArticle[],
  similarity: PairSimilarity = defaultSimilarity,
): number {
  if (left.length === 0 || right.length === 0) return 0;
  let sum = 0;
  for (const a of left) for (const b of right) sum += similarity(a, b);
  return sum / (left.length * right.length);
}

/**
 * Which story an article belongs to. A near-duplicate always joins the story of the article it
 * copies. Otherwise it joins the story of highest affinity if that reaches `join`. The story it
 * joins then absorbs every other candidate whose average linkage with it (article included)
 * reaches `merge` — an article that bridges two stories of one event is what reveals them to
 * be one. Pure and deterministic: the same inputs give the same assignment.
 */
export function assignStory(
  article: StoryArticle,
  candidates: readonly CandidateStory[],
  options: AssignStoryOptions = {},
): StoryAssignment {
  const thresholds = options.thresholds ?? DEFAULT_STORY_THRESHOLDS;
  const similarity = options.similarity ?? defaultSimilarity;
  const copied = options.nearDuplicateOf ?? null;
  const scored = candidates.map((story) => ({
    story,
    forced: copied !== null && story.members.some((member) => member.articleId === copied),
    score: storyAffinity(article, story.members, similarity),
  }));
  const best = scored.reduce<(typeof scored)[number] | null>(
    (incumbent, entry) =>
      incumbent === null ||
      Number(entry.forced) - Number(incumbent.forced) > 0 ||
      (entry.forced === incumbent.forced && entry.score > incumbent.score)
        ? entry
        : incumbent,
    null,
  );
  if (best === null || (!best.forced && best.score < thresholds.join)) {
    return { action: 'create', storyIds: [], score: best?.score ?? 0 };
  }
  const absorbed = absorbNeighbours(article, best.story, candidates, thresholds, similarity);
  if (absorbed.length === 1) {
    return { action: 'join', storyIds: [best.story.storyId], score: best.score };
  }
  const [first, second, ...rest] = orderForMerge(absorbed).map((story) => story.storyId);
  if (first === undefined || second === undefined) throw new Error('unreachable: merge of < 2');
  return { action: 'merge', storyIds: [first, second, ...rest], score: best.score };
}

function absorbNeighbours(
  article: StoryArticle,
  chosen: CandidateStory,
  candidates: readonly CandidateStory[],
  thresholds: StoryThresholds,
  similarity: PairSimilarity,
): CandidateStory[] {
  const absorbed = [chosen];
  const members = [...chosen.members, article];
  // Absorbing one story changes the linkage to the rest, so repeat until nothing changes.
  for (let grew = true; grew;) {
    grew = false;
    for (const other of candidates) {
      if (absorbed.includes(other)) continue;
      if (averageLinkage(members, other.members, similarity) >= thresholds.merge) {
        absorbed.push(other);
        members.push(...other.members);
        grew = true;
      }
    }
  }
  return absorbed;
}

function firstSeen(story: CandidateStory): number {
  const times = story.members.flatMap((member) =>
    member.publishedAt === null ? [] : [member.publishedAt],
  );
  return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times);
}

// Oldest story first (then the larger, then by id), so the surviving id is the one
// downstream consumers have known longest.
function orderForMerge(stories: readonly CandidateStory[]): CandidateStory[] {
  return [...stories].sort((a, b) => {
    const [seenA, seenB] = [firstSeen(a), firstSeen(b)];
    if (seenA !== seenB) return seenA < seenB ? -1 : 1;
    return b.members.length - a.members.length || a.storyId.localeCompare(b.storyId);
  });
}
