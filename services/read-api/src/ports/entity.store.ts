import type { EntityChangeDocument, EntityDocument, EntityType } from '@newsflow/contracts';
import type { CandidateCount, CandidateSightingRow } from '../domain/entity-candidates';
import type { EntityListQuery } from '../domain/entity-requests';

/** The `entities` collection and its change log, written only through the admin use cases. */
export interface EntityStore {
  get(id: string): Promise<EntityDocument | null>;
  /** Which of these ids have a record (any status). */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Autocomplete and browse: `pattern` is an anchored, already folded prefix. */
  list(query: EntityListQuery & { pattern: string | null }): Promise<EntityDocument[]>;
  /** Ids merged directly into this one. */
  mergedInto(id: string): Promise<string[]>;
  /** Inserts a new record; false when the id is taken. */
  insert(entity: EntityDocument): Promise<boolean>;
  /** Replaces a record. */
  replace(entity: EntityDocument): Promise<void>;
  /**
   * Appends to the change log after the entity was written, claiming the next dense sequence
   * number, and raises the readers' hint; returns the sequence number.
   */
  recordChange(
    entityId: string,
    action: EntityChangeDocument['action'],
    entityRevision: number,
  ): Promise<number>;
  /** Articles whose entities include this id (capped; an index count on MongoDB). */
  articleCount(id: string): Promise<number>;
}

export const ENTITY_STORE = Symbol('EntityStore');

/** Reads `entity_sightings`, written by entity-tagging. */
export interface EntityCandidateStore {
  /** Articles per key seen since `since`, most first. */
  counts(query: {
    since: Date;
    type: EntityType | undefined;
    minArticles: number;
    limit: number;
  }): Promise<CandidateCount[]>;
  /** The sightings of these keys since `since`. */
  sightings(keys: readonly string[], since: Date | null): Promise<CandidateSightingRow[]>;
}

export const ENTITY_CANDIDATE_STORE = Symbol('EntityCandidateStore');
