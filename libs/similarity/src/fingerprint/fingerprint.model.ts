import type { LshBanding } from './lsh-banding.util';

/** Parameters of a fingerprint scheme. Changing any of them changes `scheme`. */
export interface FingerprintConfig {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** MinHash slots; must be ≥ bands × rows. */
  readonly signatureSize: number;
  readonly banding: LshBanding;
  /**
   * Paragraphs with fewer words than this are left out: credit lines, "Follow us" prompts and
   * photo captions differ between outlets and carry no story text.
   */
  readonly minParagraphWords: number;
}

/**
 * Chosen by measurement on the syndication set (docs/quality-stories.md). 5-word shingles: the
 * only size with every copy pair an LSH candidate; shorter ones let same-topic articles overlap
 * more (k=3: 0.23 containment), longer ones lose candidates to light edits. 64 slots in 32
 * bands of 2 rows make a pair with Jaccard 0.3 (a copy cut to a third of the original) a
 * candidate with probability 0.95, where 32×4 gives 0.23.
 */
export const DEFAULT_FINGERPRINT_CONFIG: FingerprintConfig = Object.freeze({
  shingleSize: 5,
  signatureSize: 64,
  banding: Object.freeze({ bands: 32, rows: 2 }),
  minParagraphWords: 6,
});

/** What is stored per article to find and verify near-duplicates. */
export interface ArticleFingerprint {
  /**
   * Identifies the parameters, e.g. `w5-p6-mh64-b32r2-v1`. Fingerprints of different schemes
   * are not comparable; stores should key buckets by scheme too.
   */
  readonly scheme: string;
  /** Sorted, unique uint32 hashes of the body's word shingles (exact verification). */
  readonly shingles: Uint32Array;
  /** Size of the shingle set, kept even when `shingles` is not loaded. */
  readonly shingleCount: number;
  /** MinHash signature, `signatureSize` uint32 slots. */
  readonly signature: Uint32Array;
  /** LSH bucket keys, one per band; see `lshBucketKeys`. Empty for a text without words. */
  readonly bucketKeys: readonly string[];
}

/** The scheme id for a configuration; bump the trailing version when the algorithm changes. */
export function fingerprintScheme(config: FingerprintConfig): string {
  const { shingleSize, minParagraphWords, signatureSize, banding } = config;
  return `w${shingleSize}-p${minParagraphWords}-mh${signatureSize}-b${banding.bands}r${banding.rows}-v1`;
}
