import { cleanText } from './clean-text.util';
import { resolveWebUrl } from './feed-url.util';
import { type HtmlElement, parseHtmlDocument } from './html-document.util';
import { extractTags } from './html-scan.util';

export interface DiscoverFeedsOptions {
  /** Only this many leading characters are read; feed links live in <head>. Default 2 Mi. */
  maxChars?: number;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
]);
const DEFAULT_MAX_PAGE_CHARS = 2 * 1024 * 1024;
const DISCOVERY_TAGS = new Set(['link', 'base']);

function isFeedLink(link: HtmlElement): boolean {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  // "application/rss+xml; charset=utf-8" still names a feed.
  const type = (link.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return rel.includes('alternate') && FEED_TYPES.has(type);
}

/**
 * Feed URLs an HTML page advertises with <link rel="alternate" type="…">, absolute (resolved
 * against <base href> and the page URL), http(s) only, deduplicated, in document order. Returns
 * an empty list rather than throwing on unparseable pages.
 */
export function discoverFeeds(
  html: string,
  pageUrl: string,
  options: DiscoverFeedsOptions = {},
): string[] {
  const { maxChars = DEFAULT_MAX_PAGE_CHARS } = options;
  try {
    // Only <link> and <base> matter: parsing just those keeps the DOM flat however deeply the
    // page nests, where the whole page could make the parser's work quadratic.
    const document = parseHtmlDocument(
      extractTags(html.slice(0, Math.max(0, maxChars)), DISCOVERY_TAGS),
    );
    const pageBase = resolveWebUrl(pageUrl, null);
    const base =
      resolveWebUrl(document.querySelector('base[href]')?.getAttribute('href'), pageBase) ??
      pageBase;
    const found = new Set<string>();
    for (const link of document.querySelectorAll('link[href]')) {
      if (!isFeedLink(link)) continue;
      const url = resolveWebUrl(cleanText(link.getAttribute('href')), base);
      if (url !== null) found.add(url);
    }
    return [...found];
  } catch {
    return [];
  }
}
