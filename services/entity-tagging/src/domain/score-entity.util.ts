import type { Mention } from '@newsflow/contracts';

/** Where the paragraphs of an article's `text` start, and how long it is. */
export interface ArticleLayout {
  readonly textLength: number;
  /** Offsets of paragraph starts in `text`, ascending, the first being 0. */
  readonly paragraphStarts: readonly number[];
}

export interface SalienceInput {
  readonly mentions: readonly Mention[];
  /** The entity is named in the headline. */
  readonly inTitle: boolean;
  /** The highest mention count of any entity in the same article. */
  readonly maxMentions: number;
}

export interface ConfidenceInput {
  /** The best confidence any recogniser or vocabulary match gave one of its spans. */
  readonly bestSpanConfidence: number;
  readonly inVocabulary: boolean;
  readonly mentionCount: number;
}

// Wire stories put what matters in the headline and the lead; frequency and spread across
// paragraphs separate the subject from a passing reference. Weights sum to 1.
const SALIENCE_WEIGHTS = { title: 0.25, lead: 0.2, position: 0.1, frequency: 0.3, spread: 0.15 };

/** Paragraphs are separated by blank lines, as `ExtractedArticle.text` joins them. */
export function layoutOf(text: string): ArticleLayout {
  const paragraphStarts = [0];
  for (const match of text.matchAll(/\n\s*\n/g)) {
    paragraphStarts.push(match.index + match[0].length);
  }
  return { textLength: text.length, paragraphStarts };
}

/** 0–1: headline, lead paragraph, earliness, relative frequency and paragraph spread. */
export function scoreSalience(input: SalienceInput, layout: ArticleLayout): number {
  const first = input.mentions[0];
  if (first === undefined) return 0;
  const paragraphs = new Set(input.mentions.map((mention) => paragraphOf(mention.start, layout)));
  const earliness = 1 - first.start / Math.max(1, layout.textLength);
  const score =
    SALIENCE_WEIGHTS.title * (input.inTitle ? 1 : 0) +
    SALIENCE_WEIGHTS.lead * (paragraphOf(first.start, layout) === 0 ? 1 : 0) +
    SALIENCE_WEIGHTS.position * earliness +
    SALIENCE_WEIGHTS.frequency * (input.mentions.length / Math.max(1, input.maxMentions)) +
    SALIENCE_WEIGHTS.spread * (paragraphs.size / layout.paragraphStarts.length);
  return round(score);
}

/**
 * 0–1: starts from the best span's confidence, is lifted by a curated vocabulary match, and
 * each further mention removes part of the remaining doubt (a name seen five times is rarely a
 * tagging accident).
 */
export function scoreConfidence(input: ConfidenceInput): number {
  let confidence = input.bestSpanConfidence;
  if (input.inVocabulary) confidence = Math.max(confidence, 0.85) + 0.05;
  const repeats = Math.max(0, input.mentionCount - 1);
  confidence = 1 - (1 - confidence) * Math.pow(0.85, repeats);
  return round(confidence);
}

function paragraphOf(offset: number, layout: ArticleLayout): number {
  let index = 0;
  layout.paragraphStarts.forEach((start, at) => {
    if (start <= offset) index = at;
  });
  return index;
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
