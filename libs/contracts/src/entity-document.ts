import type { EntityType } from './article.schema';

/** `active` entities are tagged; `blocked` ones are never emitted; `merged` ones resolve to `mergedInto`. */
export type EntityStatus = 'active' | 'blocked' | 'merged';

/**
 * Where the record comes from: `shipped` is the built-in vocabulary as released (entity-tagging
 * inserts it once and never overwrites anything else), `operator` was added or edited through the
 * admin API, `promoted` was a tagger candidate an operator accepted.
 */
export type EntitySource = 'shipped' | 'operator' | 'promoted';

/** Identifiers of the same entity in other registries. */
export interface EntityExternalIds {
  /** `Q…` */
  wikidata?: string;
  /** GeoNames feature id (digits). */
  geonames?: string;
  /** ISO 3166-1 alpha-2, for countries. */
  iso3166?: string;
}

/**
 * A document of `entities`: the newsroom vocabulary. Owned by read-api (the admin routes write
 * it); entity-tagging reads it on every vocabulary change and inserts the shipped foundation.
 * `_id` is the canonical id: `wikidata:Q…`, `geonames:…`, or `local:<type>:<slug>` (the id the
 * tagger gives an entity it does not know, so promoting a candidate keeps the ids already
 * published).
 */
export interface EntityDocument {
  _id: string;
  type: EntityType;
  /** Canonical display name. */
  name: string;
  /** Other names and short forms, matched case-sensitively in text ("UN", "U.N."). */
  aliases: string[];
  externalIds: EntityExternalIds;
  status: EntityStatus;
  /** The surviving entity's id when `status` is `merged`, else null. */
  mergedInto: string | null;
  source: EntitySource;
  /**
   * Folded (lower-case, accent-free) name and aliases and every word-suffix of them
   * ("bashar al assad", "al assad", "assad"), for prefix autocomplete on an index: the store has
   * no text index.
   */
  searchKeys: string[];
  /** Per-entity revision, 1 on creation, +1 on every change (optimistic concurrency for PATCH). */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ENTITIES_COLLECTION = 'entities';

/**
 * A document of `entity_changes` (written by read-api): one per change of `entities`, inserted
 * after the entity itself is written. `_id` is a dense global sequence number claimed by
 * insert-once (the loser of a race takes the next one), so a tagger learns about a change by
 * looking up `_id: <last seen> + 1` — an `_id` lookup, the only indexed read FerretDB has.
 */
export interface EntityChangeDocument {
  _id: number;
  entityId: string;
  action: 'create' | 'update' | 'merge' | 'block' | 'unblock' | 'promote';
  entityRevision: number;
  at: Date;
}

export const ENTITY_CHANGES_COLLECTION = 'entity_changes';

/**
 * `vocabulary_state`, one document `_id: 'current'`: the latest change sequence a writer knows
 * of. Only a hint where to start probing `entity_changes` (it may lag under concurrent writers),
 * so readers never scan the change log from the start.
 */
export interface VocabularyStateDocument {
  _id: 'current';
  revision: number;
  updatedAt: Date;
}

export const VOCABULARY_STATE_COLLECTION = 'vocabulary_state';

/**
 * A document of `entity_sightings` (written by entity-tagging, read by read-api): one entity
 * the vocabulary does not know, seen in one article. `_id` is `<key>:<articleId>`, so a
 * redelivered article inserts nothing new; counts are aggregated when candidates are listed.
 */
export interface EntitySightingDocument {
  _id: string;
  /** The candidate key: the tagger's `local:<type>:<slug>` id for the entity. */
  key: string;
  type: EntityType;
  /** The name the tagger gave the entity in this article. */
  name: string;
  articleId: string;
  /** Mentions of the entity in the article. */
  mentions: number;
  seenAt: Date;
}

export const ENTITY_SIGHTINGS_COLLECTION = 'entity_sightings';
