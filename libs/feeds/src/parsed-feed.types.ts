/**
 * The format a body was recognised as ('rdf' covers RSS 0.90 and RSS 1.0). 'sitemap' is an XML
 * sitemap `<urlset>` (Google News or plain), 'sitemap-index' a `<sitemapindex>` of sitemaps.
 */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'sitemap' | 'sitemap-index';

/**
 * One entry of a feed. Every string is trimmed, free of control characters other than \n and \t,
 * well-formed UTF-16 (so valid UTF-8 once encoded), and null rather than empty.
 */
export interface FeedItem {
  /** Publisher's identifier as written (RSS guid, Atom id, RDF rdf:about, JSON id); not a URL. */
  guid: string | null;
  /** Absolute http(s) permalink, resolved against xml:base and the feed URL. */
  url: string | null;
  /** Plain-text title. */
  title: string | null;
  /** ISO-8601 UTC timestamp stated by the publisher; null when missing or unparseable. */
  publishedAt: string | null;
  /** Display name (or e-mail when that is all there is) of the first author. */
  author: string | null;
  /** Plain-text teaser: RSS/RDF description, Atom summary, JSON summary, markup removed. */
  summary: string | null;
  /** Full body as HTML, untrusted and unsanitised: content:encoded, Atom html/xhtml content, JSON content_html. */
  contentHtml: string | null;
  /** Full body as plain text when the feed provides one: Atom text content, JSON content_text. */
  contentText: string | null;
  /** Language code the publisher declares for the item (news:language of a news sitemap). */
  language?: string | null;
}

/** A child of a sitemap index, to be fetched and parsed as a sitemap in turn. */
export interface SitemapReference {
  /** Absolute http(s) URL, on the index's own site. */
  url: string;
  /** ISO-8601 UTC time the child says it last changed, when given. */
  lastModified: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  /** Plain-text feed title. */
  title: string | null;
  /** Absolute http(s) URL of the site the feed belongs to. */
  siteUrl: string | null;
  /** Minutes the publisher asks clients to wait between polls (RSS ttl, else sy:updatePeriod/updateFrequency). */
  ttlMinutes: number | null;
  /**
   * Entries in document order; entries with no usable field at all are dropped. For a sitemap:
   * its recent URLs, newest first, each with only url, title, publishedAt (and language) set.
   */
  items: FeedItem[];
  /** Only for 'sitemap-index': the child sitemaps worth fetching, newest first. */
  childSitemaps?: SitemapReference[];
}
