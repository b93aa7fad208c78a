import type { AtomFeed } from 'feedsmith';

import { cleanText } from './clean-text.util';
import {
  firstDate,
  firstText,
  keepUsableItems,
  textOfHtml,
  ttlFromSyndication,
} from './feed-fields.util';
import { resolveBaseUrl, resolveWebUrl } from './feed-url.util';
import type { FeedItem, ParsedFeed } from './parsed-feed.types';

type AtomEntry = AtomFeed.Entry<string>;
type AtomLink = AtomFeed.Link<string>;

const HTML_TYPES = new Set(['html', 'xhtml', 'text/html', 'application/xhtml+xml']);

/** RFC 4287 3.1.1: a missing type means plain text. */
function isHtmlType(type: string | undefined): boolean {
  return HTML_TYPES.has(cleanText(type)?.toLowerCase() ?? 'text');
}

function textOfConstruct(construct: AtomFeed.Text | undefined): string | null {
  if (construct === undefined) return null;
  return isHtmlType(construct.type) ? textOfHtml(construct.value) : firstText(construct.value);
}

/** RFC 4287 4.2.7.2: a link without rel is an alternate; prefer an HTML one. */
function alternateHref(links: readonly AtomLink[] | undefined): string | undefined {
  const alternates = (links ?? []).filter(
    (link) => (cleanText(link.rel) ?? 'alternate') === 'alternate',
  );
  return (alternates.find((link) => isHtmlType(link.type)) ?? alternates[0])?.href;
}

function mapContent(
  content: AtomFeed.Content | undefined,
): Pick<FeedItem, 'contentHtml' | 'contentText'> {
  // Out-of-line content (src=…) and non-text media types carry nothing we can store.
  if (content === undefined || content.src !== undefined)
    return { contentHtml: null, contentText: null };
  const type = cleanText(content.type)?.toLowerCase() ?? 'text';
  if (HTML_TYPES.has(type)) return { contentHtml: firstText(content.value), contentText: null };
  if (type === 'text' || type.startsWith('text/'))
    return { contentHtml: null, contentText: firstText(content.value) };
  return { contentHtml: null, contentText: null };
}

function mapEntry(entry: AtomEntry, feedBase: string | null, feedAuthor: string | null): FeedItem {
  const base = resolveBaseUrl(entry.xml?.base, feedBase);
  return {
    guid: firstText(entry.id),
    url: resolveWebUrl(alternateHref(entry.links), base),
    title: textOfConstruct(entry.title),
    publishedAt: firstDate(
      entry.published,
      entry.updated,
      entry.dc?.dates?.[0],
      entry.dcterms?.issued?.[0],
    ),
    // RFC 4287 4.2.1: an entry without authors inherits the feed's.
    author: firstText(entry.authors?.[0]?.name, entry.dc?.creators?.[0]) ?? feedAuthor,
    summary: textOfConstruct(entry.summary),
    ...mapContent(entry.content),
  };
}

/** Maps feedsmith's Atom (0.3 and 1.0) model onto ours, resolving links through nested xml:base. */
export function mapAtomFeed(feed: AtomFeed.Feed<string>, feedUrl: string | null): ParsedFeed {
  const base = resolveBaseUrl(feed.xml?.base, feedUrl);
  const feedAuthor = firstText(feed.authors?.[0]?.name);
  return {
    format: 'atom',
    title: textOfConstruct(feed.title),
    siteUrl: resolveWebUrl(alternateHref(feed.links), base),
    ttlMinutes: ttlFromSyndication(feed.sy),
    items: keepUsableItems((feed.entries ?? []).map((entry) => mapEntry(entry, base, feedAuthor))),
  };
}
