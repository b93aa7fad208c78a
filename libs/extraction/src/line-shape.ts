// The shape of a line, independent of its words: does it read as running prose, as a headline,
// or as a scrap of page furniture?

const SENTENCE_END = /[.!?…。！？؟।]["'”’»)\]]*$/u;
const CLAUSE_END = /[:;]["'”’»)\]]*$/u;
const WORD = /[\p{L}\p{N}]/u;

// Prose without a final stop this long is a paragraph whose full stop a scraper lost.
const LONG_PARAGRAPH_WORDS = 20;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 25;

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter((token) => WORD.test(token)).length;
}

export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/** Running prose: a sentence (even a short one like "He denied it.") or a long paragraph. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return (
    (endsLikeSentence(line) && words >= 3) ||
    (CLAUSE_END.test(line) && words >= 5) ||
    words >= LONG_PARAGRAPH_WORDS
  );
}

/** A headline-like line: several words, no sentence ending, not long enough to be prose. */
export function isHeadlineShaped(line: string): boolean {
  const words = wordCount(line);
  return !isProse(line) && words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS;
}

/** A scrap: one or two words, or no words at all, without a sentence ending ("Home", "12"). */
export function isFragment(line: string): boolean {
  return !isProse(line) && wordCount(line) < MIN_HEADLINE_WORDS;
}

/** A title: headline-shaped, and may end with ? or ! but not with a full stop. */
export function isTitleShaped(line: string): boolean {
  const words = wordCount(line);
  return (
    words >= 2 &&
    words <= MAX_HEADLINE_WORDS &&
    !/[.:;,]["'”’»)\]]*$/u.test(line) &&
    line.length <= 200
  );
}
