import type { AtomFeed } from 'feedsmith';

import { decodeBase64Text } from './atom-base64.util';
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

/** RFC 4287 4.1.3.3: a type that is neither text nor XML means the value is base64. */
function isBase64Type(type: string): boolean {
  return !(
    HTML_TYPES.has(type) ||
    type === 'text' ||
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    type.endsWith('/xml')
  );
}

// Media types that are always binary: undecodable base64 of these is an attachment, not text.
const BINARY_TYPE = /^(?:image|audio|video|font|model)\/|^application\/octet-stream$/;

/**
 * A value whose type says base64: its decoded text; else, for a type that is not plainly binary
 * (application/json, a made-up type), the value itself, since publishers often skip the encoding.
 */
function textOfBase64(value: string | undefined, type: string): string | null {
  return decodeBase64Text(value) ?? (BINARY_TYPE.test(type) ? null : firstText(value));
}

function textOfConstruct(construct: AtomFeed.Text | undefined): string | null {
  if (construct === undefined) return null;
  const type = cleanText(construct.type)?.toLowerCase() ?? 'text';
  if (isBase64Type(type)) return textOfBase64(construct.value, type);
  return isHtmlType(type) ? textOfHtml(construct.value) : firstText(construct.value);
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
  // Base64 content is kept only when it decodes to text; XML payloads are not articles.
  return {
    contentHtml: null,
    contentText: isBase64Type(type) ? textOfBase64(content.value, type) : null,
  };
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
