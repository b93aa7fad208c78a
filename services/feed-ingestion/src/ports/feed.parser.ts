import type { FeedItem, ParsedFeed } from '@newsflow/feeds';

export type { FeedItem, ParsedFeed };

export type FeedParseResult =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | { readonly ok: false; readonly kind: string; readonly message: string };

/** Parses an untrusted feed document (RSS, RDF, Atom, JSON Feed) without ever throwing. */
export interface FeedParser {
  parse(body: string, feedUrl: string): FeedParseResult;
}

export const FEED_PARSER = Symbol('FeedParser');
