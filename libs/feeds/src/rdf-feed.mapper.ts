import type { RdfFeed } from 'feedsmith';

import {
  firstDate,
  firstText,
  keepUsableItems,
  textOfHtml,
  textOfLooseField,
  ttlFromSyndication,
} from './feed-fields.util';
import { resolveBaseUrl, resolveWebUrl } from './feed-url.util';
import type { FeedItem, ParsedFeed } from './parsed-feed.types';

function mapItem(item: RdfFeed.Item<string>, channelBase: string | null): FeedItem {
  const base = resolveBaseUrl(item.xml?.base, channelBase);
  return {
    guid: firstText(item.rdf?.about),
    url: resolveWebUrl(item.link, base) ?? resolveWebUrl(item.rdf?.about, base),
    title: textOfLooseField(item.title),
    publishedAt: firstDate(
      item.dc?.dates?.[0],
      item.dcterms?.issued?.[0],
      item.dcterms?.created?.[0],
      item.atom?.published,
      item.atom?.updated,
    ),
    author: firstText(item.dc?.creators?.[0]),
    summary: textOfHtml(item.description),
    contentHtml: firstText(item.content?.encoded),
    contentText: null,
  };
}

/** Maps feedsmith's RDF model (RSS 0.90 and 1.0) onto ours. */
export function mapRdfFeed(feed: RdfFeed.Feed<string>, feedUrl: string | null): ParsedFeed {
  const base = resolveBaseUrl(feed.xml?.base, feedUrl);
  return {
    format: 'rdf',
    title: textOfLooseField(feed.title),
    siteUrl: resolveWebUrl(feed.link, base),
    ttlMinutes: ttlFromSyndication(feed.sy),
    items: keepUsableItems((feed.items ?? []).map((item) => mapItem(item, base))),
  };
}
