import type { JsonFeed } from 'feedsmith';

import { firstDate, firstText, keepUsableItems } from './feed-fields.util';
import { resolveWebUrl } from './feed-url.util';
import type { FeedItem, ParsedFeed } from './parsed-feed.types';

function mapItem(
  item: JsonFeed.Item<string>,
  feedUrl: string | null,
  feedAuthor: string | null,
): FeedItem {
  return {
    guid: firstText(item.id),
    url: resolveWebUrl(item.url, feedUrl) ?? resolveWebUrl(item.external_url, feedUrl),
    title: firstText(item.title),
    // date_modified stands in for a missing date_published, as Atom's updated does for published.
    publishedAt: firstDate(item.date_published, item.date_modified),
    // JSON Feed 1.1: item authors fall back to the feed's.
    author: firstText(item.authors?.[0]?.name) ?? feedAuthor,
    summary: firstText(item.summary),
    contentHtml: firstText(item.content_html),
    contentText: firstText(item.content_text),
  };
}

/** Maps feedsmith's JSON Feed (1.0 and 1.1) model onto ours. */
export function mapJsonFeed(feed: JsonFeed.Feed<string>, feedUrl: string | null): ParsedFeed {
  const feedAuthor = firstText(feed.authors?.[0]?.name);
  return {
    format: 'json',
    title: firstText(feed.title),
    siteUrl: resolveWebUrl(feed.home_page_url, feedUrl),
    ttlMinutes: null,
    items: keepUsableItems((feed.items ?? []).map((item) => mapItem(item, feedUrl, feedAuthor))),
  };
}
