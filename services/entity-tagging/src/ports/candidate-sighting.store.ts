import type { CandidateSighting } from '../domain/vocabulary-screen.util';

/** Records which unknown entities an article mentions, once per (entity, article). */
export interface CandidateSightingStore {
  record(articleId: string, sightings: readonly CandidateSighting[], at: Date): Promise<void>;
}

export const CANDIDATE_SIGHTING_STORE = Symbol('CandidateSightingStore');
