/** Why a line of a scraped page was kept out of the article body. */
export type RemovalReason =
  | 'title'
  | 'byline'
  | 'credit-line'
  | 'media-credit'
  | 'copyright'
  | 'site-credits'
  | 'legal-links'
  | 'comment-prompt'
  | 'subscription-prompt'
  | 'login-prompt'
  | 'cookie-notice'
  | 'share-prompt'
  | 'related-label'
  | 'related-link'
  | 'link-list'
  | 'linked-block'
  | 'advertisement'
  | 'navigation-menu'
  | 'tag-list'
  | 'page-tool'
  | 'source-line'
  | 'contributor-credit'
  | 'url-line'
  | 'standfirst'
  | 'timestamp'
  | 'timestamped-headline'
  | 'headline-list'
  | 'short-fragment'
  | 'heading-line'
  | 'repeated-line'
  | 'duplicate-line'
  | 'site-template'
  | 'before-body'
  | 'after-body';

/** A line kept out of the body, with the reason, so every removal can be audited. */
export interface RemovedLine {
  readonly line: string;
  readonly reason: RemovalReason;
}

// Lines that end a body rather than interrupt it: page footers, credits, comment sections and
// lists of other stories. Anything else (an advert, a share bar) may sit between paragraphs.
const BODY_BOUNDARIES: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
  'credit-line',
  'copyright',
  'site-credits',
  'legal-links',
  'comment-prompt',
  'cookie-notice',
  'related-label',
  'source-line',
  'timestamped-headline',
  'headline-list',
]);

export function isBodyBoundary(reason: RemovalReason | null): boolean {
  return reason !== null && BODY_BOUNDARIES.has(reason);
}
