import type { CopyChangesSummary } from '@newsflow/contracts';
import type { ArticleFingerprint } from '@newsflow/similarity';
import type { StoredStoryFeatures } from '../domain/stored-story-features';

/** Everything kept per article to find, verify and group its near-duplicates. */
export interface FingerprintRecord {
  readonly articleId: string;
  /** UTC day (see `dayWindow`) the article was processed: the retention unit. */
  readonly window: number;
  readonly fingerprint: ArticleFingerprint;
  readonly features: StoredStoryFeatures;
  readonly sourceId: string;
  readonly language: string | null;
  readonly credit: string | null;
  /** Agency whose own item this is (its wire service, site or byline), null for outlets. */
  readonly ownAgency: string | null;
  readonly title: string | null;
  /** Kept to tell later copies what they changed relative to this one. */
  readonly paragraphs: readonly string[];
  /** Epoch ms; null when the source gave no time. */
  readonly publishedAt: number | null;
  readonly seenAt: number;
}

/** The near-duplicate part of a decision, stored so a redelivery repeats it. */
export interface StoredDecision {
  readonly version: number;
  readonly verdict: 'unique' | 'near-duplicate';
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
  readonly containment: number | null;
  readonly storyId: string;
  readonly wire: {
    readonly agency: string | null;
    readonly originalArticleId: string;
    readonly changes: CopyChangesSummary | null;
  } | null;
}

/** The bucket windows (by first day) an article joins, and those whose earlier members it reads. */
export interface BucketWindows {
  readonly write: readonly number[];
  readonly read: readonly number[];
}

/** Fingerprints and LSH buckets, windowed by day. */
export interface FingerprintIndex {
  /** Stores an article's fingerprint unless it is stored already (a redelivery keeps the first). */
  saveFingerprint(record: FingerprintRecord): Promise<void>;
  /**
   * Appends the article to its buckets in every `write` window and returns the distinct article
   * ids that joined the same buckets of a `read` window before it. Of two articles racing into
   * one bucket, the later one always sees the earlier.
   */
  addToBuckets(record: FingerprintRecord, windows: BucketWindows): Promise<string[]>;
  /** The records still retained among `articleIds` (swept ones are missing). */
  loadFingerprints(articleIds: readonly string[]): Promise<FingerprintRecord[]>;
  /** The story each of `articleIds` was placed in (absent when none yet). */
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * Places the article in `storyId` unless it is already placed; returns its story either way.
   * Racing instances therefore agree on one story per article.
   */
  claimStory(articleId: string, storyId: string, window: number): Promise<string>;
  findDecision(articleId: string): Promise<StoredDecision | null>;
  /** Stores the decision unless one is stored already; returns the one that stands. */
  saveDecision(
    articleId: string,
    decision: StoredDecision,
    window: number,
  ): Promise<StoredDecision>;
}

export const FINGERPRINT_INDEX = Symbol('FingerprintIndex');
