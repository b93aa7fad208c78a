import type { VocabularySnapshot } from '../domain/vocabulary-snapshot';

/** The recogniser that finds entity spans: the trained NER model, or compromise without its file. */
export const ENTITY_RECOGNISER = Symbol('EntityRecogniser');

/**
 * The vocabulary in force now: the shipped entries overlaid with the operator's records,
 * swapped whole when those change.
 */
export interface VocabularySnapshots {
  current(): VocabularySnapshot;
}

export const VOCABULARY_SNAPSHOTS = Symbol('VocabularySnapshots');
