import { Casing, casingOf } from './word-shape.util';

/** The word appears capitalised where casing is informative (mid-sentence, in normal text). */
export const SEEN_CAPITALISED = 1;
/** The word appears in lower case somewhere in the document. */
export const SEEN_LOWER = 2;

/** What the whole document says about each word, lower-cased, beyond its own sentence. */
export interface DocumentContext {
  readonly flagsByWord: ReadonlyMap<string, number>;
}

/**
 * Collects how each word is cased elsewhere in the document. A headline in capitals or a
 * sentence-initial word hides whether a word is a name; its other occurrences usually tell.
 */
export function buildDocumentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const flagsByWord = new Map<string, number>();
  for (const words of sentences) {
    if (isShouted(words)) continue;
    words.forEach((word, index) => {
      const casing = casingOf(word);
      let flag = 0;
      if (casing === Casing.Lower) flag = SEEN_LOWER;
      else if (index > 0 && (casing === Casing.Title || casing === Casing.Mixed)) {
        flag = SEEN_CAPITALISED;
      }
      if (flag === 0) return;
      const key = word.toLowerCase();
      flagsByWord.set(key, (flagsByWord.get(key) ?? 0) | flag);
    });
  }
  return { flagsByWord };
}

/** Mostly upper-case words, as in headlines: casing says nothing about names there. */
export function isShouted(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const word of words) {
    if (word.length < 2) continue;
    const casing = casingOf(word);
    if (casing === Casing.NoLetters) continue;
    letters += 1;
    if (casing === Casing.Upper) upper += 1;
  }
  return letters >= 2 && upper * 4 >= letters * 3;
}
