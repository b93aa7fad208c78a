import type { RssFeed } from 'feedsmith';

import {
  firstDate,
  firstText,
  keepUsableItems,
  textOfHtml,
  textOfLooseField,
  toTtlMinutes,
  ttlFromSyndication,
} from './feed-fields.util';
import { resolveBaseUrl, resolveWebUrl } from './feed-url.util';
import type { FeedItem, ParsedFeed } from './parsed-feed.types';

type RssItem = RssFeed.Item<string>;

/** An atom:link in an RSS item, used by feeds that put the permalink there instead of <link>. */
function atomAlternate(item: RssItem): string | undefined {
  return item.atom?.links?.find((link) => (link.rel ?? 'alternate') === 'alternate')?.href;
}

/** RSS 2.0: a guid is the permalink unless isPermaLink="false" says otherwise. */
function permalinkGuid(item: RssItem): string | undefined {
  return item.guid?.isPermaLink === false ? undefined : item.guid?.value;
}

function mapItem(item: RssItem, channelBase: string | null): FeedItem {
  const base = resolveBaseUrl(item.xml?.base, channelBase);
  const firstAuthor = item.authors?.[0];
  return {
    guid: firstText(item.guid?.value),
    url:
      resolveWebUrl(item.link, base) ??
      resolveWebUrl(atomAlternate(item), base) ??
      resolveWebUrl(permalinkGuid(item), base),
    title: textOfLooseField(item.title) ?? textOfLooseField(item.dc?.titles?.[0]),
    publishedAt: firstDate(
      item.pubDate,
      item.dc?.dates?.[0],
      item.dcterms?.issued?.[0],
      item.dcterms?.created?.[0],
      item.atom?.published,
      item.atom?.updated,
    ),
    author: firstText(
      item.dc?.creators?.[0],
      firstAuthor?.name,
      firstAuthor?.email,
      item.itunes?.author,
    ),
    summary: textOfHtml(item.description),
    ...rssContent(item),
  };
}

/** content:encoded, else an embedded atom:content (html/xhtml as HTML, text as text). */
function rssContent(item: RssItem): Pick<FeedItem, 'contentHtml' | 'contentText'> {
  const encoded = firstText(item.content?.encoded);
  if (encoded !== null) return { contentHtml: encoded, contentText: null };
  const atom = item.atom?.content;
  if (atom === undefined || atom.src !== undefined) return { contentHtml: null, contentText: null };
  const type = atom.type?.trim().toLowerCase() ?? 'text';
  if (type === 'html' || type === 'xhtml' || type === 'text/html')
    return { contentHtml: firstText(atom.value), contentText: null };
  return { contentHtml: null, contentText: type === 'text' ? firstText(atom.value) : null };
}

/** Maps feedsmith's RSS 0.9x/2.0 model onto ours. */
export function mapRssFeed(feed: RssFeed.Feed<string>, feedUrl: string | null): ParsedFeed {
  const base = resolveBaseUrl(feed.xml?.base, feedUrl);
  return {
    format: 'rss',
    title: textOfLooseField(feed.title),
    siteUrl: resolveWebUrl(feed.link, base),
    ttlMinutes: toTtlMinutes(feed.ttl) ?? ttlFromSyndication(feed.sy),
    items: keepUsableItems((feed.items ?? []).map((item) => mapItem(item, base))),
  };
}
