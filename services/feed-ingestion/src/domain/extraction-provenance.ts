import type { Provenance } from '@newsflow/contracts';

/** Name recorded in every provenance entry this domain produces. */
export const EXTRACTOR_NAME = 'feed-ingestion-extractor';

/**
 * Bump on any change that can alter an extraction result, so stored articles can be
 * re-extracted selectively when the rules improve.
 */
export const EXTRACTOR_VERSION = '1.0.0';

/** Which rule found a field; recorded so a field can be audited and re-run. */
export type ExtractionMethod =
  | 'given'
  | 'plain-text-lines'
  | 'plain-text-title-line'
  | 'byline-line'
  | 'credit-line'
  | 'dateline'
  | 'signoff'
  | 'readability'
  | 'json-ld'
  | 'meta'
  | 'link-canonical'
  | 'html-lang'
  | 'article-time'
  | 'html-headline'
  | 'franc';

export function provenanceOf(method: ExtractionMethod): Provenance {
  return { extractor: EXTRACTOR_NAME, version: EXTRACTOR_VERSION, method };
}
