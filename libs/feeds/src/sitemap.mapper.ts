import { firstDate, firstText } from './feed-fields.util';
import { resolveWebUrl } from './feed-url.util';
import type { FeedItem, ParsedFeed, SitemapReference } from './parsed-feed.types';
import type { RawSitemapEntry } from './sitemap-xml.scanner';

/** Which sitemap entries polling takes; see DEFAULT_SITEMAP_LIMITS for the rule in numbers. */
export interface SitemapLimits {
  /** Entries older than this (news:publication_date, else lastmod) are history, not news. */
  readonly maxAgeHours: number;
  /** URLs kept per sitemap, newest first. */
  readonly maxItems: number;
  /** Child sitemaps of an index to follow, newest first. */
  readonly maxChildSitemaps: number;
}

/**
 * A news sitemap lists the last two days (Google's rule) and at most 1,000 URLs; a plain sitemap
 * may list 50,000 URLs of a whole archive. So whatever the kind: only dated URLs from the last
 * 48 hours, newest first, at most 1,000; undated URLs are skipped, because nothing tells a new
 * page from a ten-year-old one. An index is followed into its 10 newest (or first undated) children.
 */
export const DEFAULT_SITEMAP_LIMITS: SitemapLimits = {
  maxAgeHours: 48,
  maxItems: 1_000,
  maxChildSitemaps: 10,
};

// Publishers' clocks and time zones drift; a lastmod a little in the future is still "now".
const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

interface Dated<T> {
  value: T;
  time: number | null;
}

function timeOf(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/** Newest first; undated after dated, in document order (Array#sort is stable). */
function newestFirst<T>(list: Dated<T>[]): Dated<T>[] {
  return list.sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity));
}

function isRecent(time: number | null, now: Date, limits: SitemapLimits): boolean {
  if (time === null) return false;
  const oldest = now.getTime() - limits.maxAgeHours * 3_600_000;
  return time >= oldest && time <= now.getTime() + FUTURE_TOLERANCE_MS;
}

function mapUrlEntry(entry: RawSitemapEntry, base: string | null): FeedItem | null {
  const url = resolveWebUrl(entry.loc, base);
  if (url === null) return null;
  return {
    guid: null,
    url,
    // news:title is plain text by definition; "<" in it is a character, not markup.
    title: firstText(entry.newsTitle),
    publishedAt: firstDate(entry.publicationDate, entry.lastmod),
    author: null,
    summary: null,
    contentHtml: null,
    contentText: null,
    language: firstText(entry.publicationLanguage),
  };
}

/** A `<urlset>` as a feed: its recent URLs as items, newest first (see DEFAULT_SITEMAP_LIMITS). */
export function mapUrlset(
  entries: readonly RawSitemapEntry[],
  sitemapUrl: string | null,
  now: Date,
  limits: SitemapLimits,
): ParsedFeed {
  const seen = new Set<string>();
  const dated: Dated<FeedItem>[] = [];
  for (const entry of entries) {
    const item = mapUrlEntry(entry, sitemapUrl);
    if (item === null || seen.has(item.url ?? '')) continue;
    seen.add(item.url ?? '');
    const time = timeOf(item.publishedAt);
    if (isRecent(time, now, limits)) dated.push({ value: item, time });
  }
  return {
    format: 'sitemap',
    title: firstText(...entries.slice(0, 10).map((entry) => entry.publicationName)),
    siteUrl: sitemapUrl === null ? null : new URL('/', sitemapUrl).href,
    ttlMinutes: null,
    items: newestFirst(dated)
      .slice(0, limits.maxItems)
      .map((entry) => entry.value),
  };
}

function sameSite(a: string, b: string): boolean {
  const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
  return host(a) === host(b);
}

/**
 * A `<sitemapindex>`: the children worth fetching. Only on the index's own site (a hostile index
 * must not turn us into a crawler of other hosts), dated children only if recent, newest first.
 */
export function mapSitemapIndex(
  entries: readonly RawSitemapEntry[],
  indexUrl: string | null,
  now: Date,
  limits: SitemapLimits,
): ParsedFeed {
  const seen = new Set<string>();
  const children: Dated<SitemapReference>[] = [];
  for (const entry of entries) {
    const url = resolveWebUrl(entry.loc, indexUrl);
    if (url === null || seen.has(url) || (indexUrl !== null && !sameSite(url, indexUrl))) continue;
    seen.add(url);
    const lastModified = firstDate(entry.lastmod);
    const time = timeOf(lastModified);
    if (time === null || isRecent(time, now, limits)) {
      children.push({ value: { url, lastModified }, time });
    }
  }
  return {
    format: 'sitemap-index',
    title: null,
    siteUrl: indexUrl === null ? null : new URL('/', indexUrl).href,
    ttlMinutes: null,
    items: [],
    childSitemaps: newestFirst(children)
      .slice(0, limits.maxChildSitemaps)
      .map((child) => child.value),
  };
}
