export { discoverFeeds, type DiscoverFeedsOptions } from './feed-discovery.parser';
export {
  DEFAULT_MAX_FEED_CHARS,
  DEFAULT_MAX_FEED_ITEMS,
  parseFeedDocument,
  type ParseFeedOptions,
} from './feed-document.parser';
export { FeedParseError, isFeedParseError, type FeedParseErrorKind } from './feed-parse.error';
export type { FeedFormat, FeedItem, ParsedFeed, SitemapReference } from './parsed-feed.types';
export { DEFAULT_SITEMAP_LIMITS, type SitemapLimits } from './sitemap.mapper';
