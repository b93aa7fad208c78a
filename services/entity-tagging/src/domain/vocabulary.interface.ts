import type { EntityType } from '@newsflow/contracts';

/** One curated real-world entity: the canonical id, type and every name it goes by. */
export interface VocabularyEntry {
  /** Canonical id as published, e.g. `wikidata:Q1065`. */
  readonly id: string;
  readonly type: EntityType;
  /** The full, canonical English name. */
  readonly name: string;
  /** Other names, short forms and acronyms (`UN`, `U.N.`); matched case-sensitively. */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code, for countries. */
  readonly iso3166?: string;
  /** GeoNames feature id, for cities. */
  readonly geonames?: string;
}

/** An occurrence of a vocabulary name in a text: [start, end) in UTF-16 code units. */
export interface VocabularyHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: VocabularyEntry;
}

/**
 * The known-entity store the tagger resolves names against. The bundled JSON is the foundation;
 * an operator-managed store can implement the same two reads later.
 */
export interface Vocabulary {
  /** The entry a name (or alias) denotes, if any. */
  lookup(name: string): VocabularyEntry | undefined;
  /** Every word-bounded, non-overlapping occurrence of any known name in `text`, longest first. */
  findIn(text: string): VocabularyHit[];
}

/**
 * One operator-managed record of the `entities` collection, as the tagger needs it: the shipped
 * entry it overrides (same id), a new entity, a blocked name or id, or a merge.
 */
export interface VocabularyRecord {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly status: 'active' | 'blocked' | 'merged';
  /** The surviving id when `status` is `merged`. */
  readonly mergedInto: string | null;
  readonly iso3166?: string;
  readonly geonames?: string;
}
