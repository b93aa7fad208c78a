import type { EntityType } from '@newsflow/contracts';

/** A stretch of text a recogniser believes names an entity: [start, end) in UTF-16 code units. */
export interface RecognisedSpan {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)` of the recognised text. */
  readonly text: string;
  readonly type: EntityType;
  /** 0–1: the recogniser's own belief in the span and its type. */
  readonly confidence: number;
}

/**
 * Finds candidate entity spans in plain text. The rule-based compromise recogniser is the
 * foundation; a trained statistical model implements the same contract later.
 */
export interface EntityRecogniser {
  /** Whether the recogniser can read this ISO 639-1 language (`null`: not determined). */
  supportsLanguage(language: string | null): boolean;
  /** Candidate spans, in any order; they may overlap and need not be clean. */
  recognise(text: string): RecognisedSpan[];
}
