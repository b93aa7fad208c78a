import type { EntityType } from '@newsflow/contracts';
import type { VocabularyEntry } from './vocabulary.interface';

/** A cleaned, typed name occurrence in the article text, before alias resolution. */
export interface CandidateSpan {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly text: string;
  readonly type: EntityType;
  /** 0–1, from the recogniser or the vocabulary match that produced the span. */
  readonly confidence: number;
  /** The vocabulary entry this exact name denotes, if any. */
  readonly entry: VocabularyEntry | undefined;
}
