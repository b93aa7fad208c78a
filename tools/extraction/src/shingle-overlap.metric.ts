import { countOf, overlapOf, sizeOf, wordTokens } from './word-tokens';

/** One page's shingle matches, each count divided by tp + fp + fn so every page weighs the same. */
export interface ShingleMatch {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ShingleScore {
  /** Mean of tp / (tp + fp) over pages where something was predicted (an empty guess is not scored). */
  readonly precision: number;
  /** Mean of tp / (tp + fn) over pages that have a true body. */
  readonly recall: number;
  /** Harmonic mean of the two means, not a mean of per-page F1. */
  readonly f1: number;
  readonly pages: number;
}

const SHINGLE_SIZE = 4;
// Tokens cannot contain a space, so joining with one keeps shingles distinct.
const JOIN = ' ';

/**
 * The text's 4-token shingles as a multiset. As in the benchmark's evaluate.py, a text of fewer
 * than four tokens is one shorter shingle, and a text without tokens has none.
 */
export function shinglesOf(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = wordTokens(text);
  const shingles: string[] = [];
  for (let index = 0; index < Math.max(1, tokens.length - size + 1); index += 1) {
    const shingle = tokens.slice(index, index + size);
    if (shingle.length > 0) {
      shingles.push(shingle.join(JOIN));
    }
  }
  return countOf(shingles);
}

/** tp, fp and fn of the predicted body's shingles against the true body's, normalised. */
export function matchShingles(truth: string, predicted: string): ShingleMatch {
  const trueShingles = shinglesOf(truth);
  const predictedShingles = shinglesOf(predicted);
  const tp = overlapOf(trueShingles, predictedShingles);
  const fp = sizeOf(predictedShingles) - tp;
  const fn = sizeOf(trueShingles) - tp;
  const sum = tp + fp + fn;
  return sum === 0 ? { tp, fp, fn } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** The benchmark's scores over all pages: per-page precision and recall averaged, then F1. */
export function scoreShingleMatches(matches: readonly ShingleMatch[]): ShingleScore {
  const precision = mean(
    matches.filter(({ tp, fp }) => tp + fp > 0).map(({ tp, fp }) => tp / (tp + fp)),
  );
  const recall = mean(
    matches.filter(({ tp, fn }) => tp + fn > 0).map(({ tp, fn }) => tp / (tp + fn)),
  );
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: matches.length };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
