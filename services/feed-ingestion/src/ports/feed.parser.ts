import type { FeedItem, ParsedFeed, SitemapReference } from '@newsflow/feeds';

export type { FeedItem, ParsedFeed, SitemapReference };

export type FeedParseResult =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | { readonly ok: false; readonly kind: string; readonly message: string };

/** A fetched feed body: its text, and its raw bytes when the fetcher kept them. */
export interface FeedBody {
  readonly text: string;
  readonly bytes?: Uint8Array;
  /** The URL the body came from: the base for relative links, the site for sitemap children. */
  readonly url: string;
}

/**
 * Parses an untrusted feed document (RSS, RDF, Atom, JSON Feed, XML sitemap or sitemap index,
 * plain or gzipped) without ever throwing; `now` judges which sitemap entries are recent.
 */
export interface FeedParser {
  parse(body: FeedBody, now: Date): Promise<FeedParseResult>;
}

export const FEED_PARSER = Symbol('FeedParser');
