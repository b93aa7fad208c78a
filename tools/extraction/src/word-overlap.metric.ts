import { countOf, overlapOf, sizeOf, wordTokens } from './word-tokens';

export interface WordOverlap {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * WCXB's body score for one page: the predicted and true texts as multisets of lower-cased
 * `\w+` words; precision = overlap / predicted words, recall = overlap / true words. An empty
 * side scores 0 (both empty: 1, nothing was to be found and nothing was).
 */
export function matchWords(truth: string, predicted: string): WordOverlap {
  const trueWords = countOf(lowerCaseWords(truth));
  const predictedWords = countOf(lowerCaseWords(predicted));
  const trueSize = sizeOf(trueWords);
  const predictedSize = sizeOf(predictedWords);
  if (trueSize === 0 && predictedSize === 0) {
    return { precision: 1, recall: 1, f1: 1 };
  }
  const overlap = overlapOf(trueWords, predictedWords);
  const precision = predictedSize === 0 ? 0 : overlap / predictedSize;
  const recall = trueSize === 0 ? 0 : overlap / trueSize;
  const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Per-page precision, recall and F1 each averaged over pages (macro average). */
export function meanWordOverlap(pages: readonly WordOverlap[]): WordOverlap {
  const mean = (pick: (page: WordOverlap) => number): number =>
    pages.length === 0 ? 0 : pages.reduce((sum, page) => sum + pick(page), 0) / pages.length;
  return {
    precision: mean((page) => page.precision),
    recall: mean((page) => page.recall),
    f1: mean((page) => page.f1),
  };
}

function lowerCaseWords(text: string): string[] {
  return wordTokens(text).map((word) => word.toLowerCase());
}
