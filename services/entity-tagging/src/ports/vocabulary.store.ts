import type { VocabularyEntry, VocabularyRecord } from '../domain/vocabulary.interface';

/** The operator-managed `entities` collection and its change log, as the tagger reads them. */
export interface VocabularyStore {
  /**
   * The latest change revision, at least `known`: starts from the writers' hint and probes the
   * change log by `_id` for anything newer. Two `_id` look-ups when nothing changed.
   */
  latestRevision(known: number): Promise<number>;
  /** Every record; records that fail validation are skipped and counted. */
  loadRecords(): Promise<{ records: VocabularyRecord[]; invalid: number }>;
  /** Inserts the shipped entries that have no record yet; never touches existing ones. */
  seedShipped(entries: readonly VocabularyEntry[]): Promise<void>;
}

export const VOCABULARY_STORE = Symbol('VocabularyStore');
