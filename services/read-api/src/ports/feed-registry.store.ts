import type { FeedDocument } from '@newsflow/contracts';
import type { FeedListQuery } from '../domain/feed-query';

/** Fields the registry changes on an existing feed; `null` removes the field. */
export type FeedChanges = Partial<
  Pick<
    FeedDocument,
    'paused' | 'pausedAt' | 'removedAt' | 'nextPollAt' | 'nextPollReason' | 'title' | 'kind'
  >
> &
  Partial<Pick<FeedDocument, 'minIntervalSeconds' | 'maxIntervalSeconds'>>;

/** The `feeds` collection as the registry sees it (feed-ingestion owns the poll state). */
export interface FeedRegistryStore {
  /** Inserts a new feed; false when a feed with that URL is already registered (removed or not). */
  insert(feed: FeedDocument): Promise<boolean>;
  get(url: string): Promise<FeedDocument | null>;
  /** Ordered by URL; at most `query.limit` documents. */
  list(query: FeedListQuery): Promise<FeedDocument[]>;
  /** Applies the changes; returns the document afterwards, or null if there is no such feed. */
  update(url: string, changes: FeedChanges): Promise<FeedDocument | null>;
}

export const FEED_REGISTRY_STORE = Symbol('FeedRegistryStore');
