import type { CacheHeaders } from '../domain/cache-freshness';
import { FetchFailure, type FetchedDocument } from '../ports/document.fetcher';
import type { FeedItem } from '../ports/feed.parser';

/** What one read of a feed URL gave: nothing new (304), its items, or a classified failure. */
export type FeedRead =
  | { readonly kind: 'not-modified'; readonly cache: CacheHeaders }
  | {
      readonly kind: 'read';
      readonly status: number;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly cache: CacheHeaders;
      readonly format: string;
      readonly ttlMinutes: number | null;
      /** In processing order: a feed's document order; a sitemap's newest first. */
      readonly items: readonly FeedItem[];
      /** The feed an HTML page at the registered URL advertised, when that is what was read. */
      readonly discoveredUrl?: string;
    }
  | {
      readonly kind: 'failed';
      readonly errorKind: string;
      readonly message: string;
      readonly retryAfterSeconds: number | null;
    };

export function cacheOf(document: FetchedDocument): CacheHeaders {
  return {
    cacheControl: document.cacheControl ?? null,
    expires: document.expires ?? null,
    date: document.date ?? null,
  };
}

export function failed(error: FetchFailure): FeedRead {
  return {
    kind: 'failed',
    errorKind: error.kind,
    message: error.message,
    retryAfterSeconds: error.retryAfterSeconds,
  };
}

export function newestFirst(items: FeedItem[]): FeedItem[] {
  const time = (item: FeedItem) => (item.publishedAt ? Date.parse(item.publishedAt) : -Infinity);
  return items.sort((a, b) => time(b) - time(a));
}
