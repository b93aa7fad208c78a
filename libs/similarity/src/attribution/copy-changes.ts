import { tokeniseWords } from '../text/text-normalisation.util';

/** A headline and body as compared for changes. */
export interface ComparableText {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
}

/** What a copy changed relative to its original (or a revision relative to the last version). */
export interface CopyChanges {
  /** The normalised headline differs (a missing headline on one side counts as changed). */
  readonly headlineChanged: boolean;
  /** Copy paragraphs with no counterpart in the original: local additions, boilerplate. */
  readonly paragraphsAdded: number;
  /** Original paragraphs with no counterpart in the copy. */
  readonly paragraphsRemoved: number;
  /** Paragraphs present in both but with different words (spelling, dateline, rewording). */
  readonly paragraphsEdited: number;
  /** The copy keeps the original's first paragraphs and drops all that follow. */
  readonly truncated: boolean;
  /** Kept paragraphs appear in a different order. */
  readonly reordered: boolean;
  /** Indexes (in the copy) of the added paragraphs. */
  readonly addedIndexes: readonly number[];
  /** Indexes (in the original) of the removed paragraphs. */
  readonly removedIndexes: readonly number[];
}

/**
 * Two paragraphs are "the same paragraph, edited" when at least half of their word pairs
 * (bigrams) are shared: a changed dateline or spelling keeps most pairs, a new sentence does not.
 */
export const EDITED_PARAGRAPH_MIN_SIMILARITY = 0.5;

function bigrams(words: readonly string[]): Set<string> {
  if (words.length === 1) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const pair of left) if (right.has(pair)) shared += 1;
  return shared / Math.min(left.size, right.size);
}

function sameWords(left: string | null, right: string | null): boolean {
  if (left === null || right === null) return left === right;
  return tokeniseWords(left).join(' ') === tokeniseWords(right).join(' ');
}

/**
 * Paragraph-level differences between an original and a copy. Each copy paragraph is matched
 * to the unmatched original paragraph it overlaps most (identical words first), so repeated or
 * moved paragraphs are handled; overlap is measured on the smaller paragraph's word pairs so
 * that a paragraph with a clause cut still matches.
 */
export function summariseChanges(original: ComparableText, copy: ComparableText): CopyChanges {
  const originalWords = original.paragraphs.map(tokeniseWords);
  const copyWords = copy.paragraphs.map(tokeniseWords);
  const originalPairs = originalWords.map(bigrams);
  const matchOf: (number | null)[] = copy.paragraphs.map(() => null);
  const used = new Set<number>();
  let edited = 0;
  // Exact matches first, so that an edited twin cannot steal an identical paragraph's partner.
  copyWords.forEach((words, copyIndex) => {
    const key = words.join(' ');
    const exact = originalWords.findIndex((other, i) => !used.has(i) && other.join(' ') === key);
    if (exact >= 0) {
      matchOf[copyIndex] = exact;
      used.add(exact);
    }
  });
  copyWords.forEach((words, copyIndex) => {
    if (matchOf[copyIndex] !== null) return;
    const pairs = bigrams(words);
    let best = -1;
    let bestOverlap = EDITED_PARAGRAPH_MIN_SIMILARITY;
    originalPairs.forEach((other, i) => {
      const value = used.has(i) ? 0 : overlap(pairs, other);
      if (value >= bestOverlap) {
        best = i;
        bestOverlap = value;
      }
    });
    if (best >= 0) {
      matchOf[copyIndex] = best;
      used.add(best);
      edited += 1;
    }
  });
  const kept = matchOf.filter((index): index is number => index !== null);
  const removedIndexes = original.paragraphs.flatMap((_, i) => (used.has(i) ? [] : [i]));
  const addedIndexes = matchOf.flatMap((index, i) => (index === null ? [i] : []));
  const reordered = kept.some((index, i) => i > 0 && index < (kept[i - 1] ?? 0));
  const keptCount = kept.length;
  return {
    headlineChanged: !sameWords(original.title, copy.title),
    paragraphsAdded: addedIndexes.length,
    paragraphsRemoved: removedIndexes.length,
    paragraphsEdited: edited,
    truncated: removedIndexes.length > 0 && removedIndexes.every((index) => index >= keptCount),
    reordered,
    addedIndexes,
    removedIndexes,
  };
}
