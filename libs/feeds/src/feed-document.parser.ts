import {
  DetectError,
  MalformedError,
  ParseError,
  parseAtomFeed,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
} from 'feedsmith';

import { decodeAtom03Base64 } from './atom-base64.util';
import { mapAtomFeed } from './atom-feed.mapper';
import { FeedParseError } from './feed-parse.error';
import { mapJsonFeed } from './json-feed.mapper';
import type { FeedFormat, ParsedFeed } from './parsed-feed.types';
import { mapRdfFeed } from './rdf-feed.mapper';
import { mapRssFeed } from './rss-feed.mapper';
import { parseJsonSafely } from './safe-json.parser';
import {
  DEFAULT_SITEMAP_LIMITS,
  mapSitemapIndex,
  mapUrlset,
  type SitemapLimits,
} from './sitemap.mapper';
import { scanSitemapXml } from './sitemap-xml.scanner';
import { guardXmlInput } from './xml-input.guard';

export interface ParseFeedOptions {
  /** Longest body accepted, in UTF-16 code units (String#length). Default 10 Mi (10,485,760). */
  maxChars?: number;
  /** Items kept, from the top of the document; the rest are ignored. Default 10,000. */
  maxItems?: number;
  /** Which entries of a sitemap to take (recent only, newest first); defaults in DEFAULT_SITEMAP_LIMITS. */
  sitemap?: Partial<SitemapLimits>;
  /** The time sitemap recency is judged against. Default: the current time. */
  now?: Date;
}

export const DEFAULT_MAX_FEED_CHARS = 10 * 1024 * 1024;
// Real feeds carry tens of items and archives a few thousand; a body of 300,000 empty items is
// an attack on the mapping step, which costs far more per item than the XML parser does.
export const DEFAULT_MAX_FEED_ITEMS = 10_000;

// The sitemap protocol's own ceiling: 50,000 URLs per file.
const MAX_SITEMAP_ENTRIES = 50_000;

interface Limits {
  maxChars: number;
  maxItems: number;
  sitemap: SitemapLimits;
  now: Date;
}

function limitOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

const LEADING_JUNK = /^[\ufeff\s]+/;

function errorMessage(error: unknown): string {
  if (error instanceof MalformedError && error.cause instanceof Error) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * feedsmith throws ParseError when a well-formed document of a known format yields no feed fields
 * at all (`<rss version="2.0"/>`). That is an empty feed, not a broken one: nothing to retry.
 */
function orEmptyFeed(format: FeedFormat, parse: () => ParsedFeed): ParsedFeed {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { format, title: null, siteUrl: null, ttlMinutes: null, items: [] };
  }
}

function webBase(feedUrl: string): string | null {
  try {
    const url = new URL(feedUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// JSON Feed names its version by URL; some generators write "1", "1.0" or "1.1" instead, which
// feedsmith's detection refuses although the rest is a valid feed.
const BARE_JSON_FEED_VERSION = /^\s*v?(1(?:\.[01])?)(?:\.0)?\s*$/i;

function withCanonicalVersion(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const version = (json as { version?: unknown }).version;
  const bare = typeof version === 'string' ? BARE_JSON_FEED_VERSION.exec(version) : null;
  if (bare === null) return json;
  const canonical = bare[1] === '1.1' ? '1.1' : '1';
  return { ...json, version: `https://jsonfeed.org/version/${canonical}` };
}

function parseJsonDocument(text: string, base: string | null, maxItems: number): ParsedFeed {
  let json: unknown;
  try {
    json = withCanonicalVersion(parseJsonSafely(text));
  } catch (error) {
    throw new FeedParseError('malformed', errorMessage(error), { cause: error });
  }
  return orEmptyFeed('json', () => mapJsonFeed(parseJsonFeed(json, { maxItems }), base));
}

function parseXmlDocument(text: string, base: string | null, limits: Limits): ParsedFeed {
  const { maxItems } = limits;
  const { xml, rootName } = guardXmlInput(text);
  const root = rootName?.slice(rootName.lastIndexOf(':') + 1).toLowerCase();
  // Dispatch on the root element rather than feedsmith's whole-document sniffing, which can be
  // fooled by an "<rss" quoted inside an Atom entry's CDATA.
  switch (root) {
    case 'rss':
      return orEmptyFeed('rss', () => mapRssFeed(parseRssFeed(xml, { maxItems }), base));
    case 'feed':
      return orEmptyFeed('atom', () =>
        mapAtomFeed(parseAtomFeed(decodeAtom03Base64(xml), { maxItems }), base),
      );
    case 'rdf':
      return orEmptyFeed('rdf', () => mapRdfFeed(parseRdfFeed(xml, { maxItems }), base));
    case 'urlset':
      return mapUrlset(
        scanSitemapXml(xml, MAX_SITEMAP_ENTRIES).entries,
        base,
        limits.now,
        limits.sitemap,
      );
    case 'sitemapindex':
      return mapSitemapIndex(
        scanSitemapXml(xml, MAX_SITEMAP_ENTRIES).entries,
        base,
        limits.now,
        limits.sitemap,
      );
    default:
      throw new FeedParseError('not-a-feed', `Root element <${rootName ?? ''}> is not a feed`);
  }
}

// `<!DOCTYPE html>` with nothing inside it (an internal subset would be a DTD) or `<html`, after
// any comments. Each comment character is consumed one way only, so the test stays linear.
const HTML_PAGE_START = /^(?:<!--(?:[^-]|-(?!->))*-->\s*)*(?:<!doctype\s+html\s*>|<html[\s>])/i;

function parseUnchecked(body: string, feedUrl: string, limits: Limits): ParsedFeed {
  if (body.length > limits.maxChars) {
    throw new FeedParseError(
      'too-large',
      `Feed body is ${body.length} characters; the limit is ${limits.maxChars}`,
    );
  }
  const text = body.replace(LEADING_JUNK, '');
  const base = webBase(feedUrl);
  if (text.startsWith('{')) return parseJsonDocument(text, base, limits.maxItems);
  // A web page (a site's home page registered instead of its feed) is no feed; its HTML5
  // doctype must not read as a forbidden DTD, or the caller would never try autodiscovery.
  if (HTML_PAGE_START.test(text)) throw new FeedParseError('not-a-feed', 'Body is an HTML page');
  if (text.startsWith('<')) return parseXmlDocument(text, base, limits);
  throw new FeedParseError('not-a-feed', 'Body is neither XML nor a JSON object');
}

function sitemapLimits(given: Partial<SitemapLimits> | undefined): SitemapLimits {
  const defaults = DEFAULT_SITEMAP_LIMITS;
  return {
    maxAgeHours: limitOr(given?.maxAgeHours, defaults.maxAgeHours),
    maxItems: limitOr(given?.maxItems, defaults.maxItems),
    maxChildSitemaps: limitOr(given?.maxChildSitemaps, defaults.maxChildSitemaps),
  };
}

/**
 * Parses an untrusted RSS, Atom, RDF, JSON Feed or XML sitemap body into our model; the format
 * is told from the content, never from the URL or Content-Type. Throws only
 * FeedParseError: 'too-large' before any work, 'xml-dtd-forbidden' before any XML parsing,
 * 'not-a-feed' for other documents, 'malformed' (with the parser's message) for broken feeds.
 * `feedUrl` is the URL the body was fetched from, the base for relative links.
 */
export function parseFeedDocument(
  body: string,
  feedUrl: string,
  options: ParseFeedOptions = {},
): ParsedFeed {
  const limits: Limits = {
    maxChars: limitOr(options.maxChars, DEFAULT_MAX_FEED_CHARS),
    maxItems: limitOr(options.maxItems, DEFAULT_MAX_FEED_ITEMS),
    sitemap: sitemapLimits(options.sitemap),
    now: options.now ?? new Date(),
  };
  try {
    return parseUnchecked(body, feedUrl, limits);
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    if (error instanceof DetectError)
      throw new FeedParseError('not-a-feed', error.message, { cause: error });
    // Everything else (MalformedError, a stack overflow on absurd nesting) means the document
    // could not be read as the feed it claims to be.
    throw new FeedParseError('malformed', errorMessage(error), { cause: error });
  }
}
