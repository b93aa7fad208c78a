// The service's own rules; extraction itself lives in @newsflow/extraction.
export {
  EmptyArticleError,
  assembleArticle,
  type ArticleOrigin,
  type ExtractedFields,
} from './article-assembly';
export {
  BROKEN_AFTER_FAILURES,
  healthAfter,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  type FeedHealth,
  type NextPoll,
  type ScheduleBounds,
} from './feed-schedule';
