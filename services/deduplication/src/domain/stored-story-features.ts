import type { StoryFeatures } from '@newsflow/similarity';

/**
 * `StoryFeatures` as parallel flat arrays: the store (FerretDB v1) refuses nested arrays, and
 * maps with arbitrary words as keys would make field names of user text.
 */
export interface StoredStoryFeatures {
  readonly termKeys: string[];
  readonly termCounts: number[];
  readonly nameKeys: string[];
  readonly nameCounts: number[];
  readonly numbers: string[];
}

export function toStoredFeatures(features: StoryFeatures): StoredStoryFeatures {
  return {
    termKeys: [...features.terms.keys()],
    termCounts: [...features.terms.values()],
    nameKeys: [...features.names.keys()],
    nameCounts: [...features.names.values()],
    numbers: [...features.numbers],
  };
}

export function fromStoredFeatures(stored: StoredStoryFeatures): StoryFeatures {
  const zip = (keys: string[], counts: number[]) =>
    new Map(keys.map((key, index): [string, number] => [key, counts[index] ?? 0]));
  return {
    terms: zip(stored.termKeys, stored.termCounts),
    names: zip(stored.nameKeys, stored.nameCounts),
    numbers: new Set(stored.numbers),
  };
}
