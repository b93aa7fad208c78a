// The service's own rules; extraction itself lives in @newsflow/extraction.
export {
  EmptyArticleError,
  assembleArticle,
  type ArticleOrigin,
  type ExtractedFields,
} from './article-assembly';
export { freshnessOf, type CacheHeaders, type Freshness } from './cache-freshness';
export {
  BROKEN_AFTER_FAILURES,
  healthAfter,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  resolveBounds,
  type FeedBoundOverrides,
  type FeedHealth,
  type NextPoll,
  type PollSignals,
  type ScheduleBounds,
} from './feed-schedule';
export { describeRate, updateArrivalEstimate, type ArrivalEstimate } from './publishing-rate';
