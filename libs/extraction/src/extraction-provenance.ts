/** Name recorded in every provenance entry this domain produces. */
export const EXTRACTOR_NAME = 'feed-ingestion-extractor';

/**
 * Bump on any change that can alter an extraction result, so stored articles can be
 * re-extracted selectively when the rules improve.
 */
export const EXTRACTOR_VERSION = '1.1.0';

/** Which rule found a field; recorded so a field can be audited and re-run. */
export type ExtractionMethod =
  | 'given'
  | 'plain-text-lines'
  | 'plain-text-title-line'
  | 'byline-line'
  | 'byline-markup'
  | 'credit-line'
  | 'dateline'
  | 'signoff'
  | 'readability'
  | 'block-density'
  | 'json-ld'
  | 'meta'
  | 'link-canonical'
  | 'html-lang'
  | 'article-time'
  | 'printed-date'
  | 'html-headline'
  | 'franc';

/**
 * How a field was found. The same shape as the article contract's `Provenance`, declared here
 * because domain libraries do not depend on contracts; the service assigns one to the other,
 * so the compiler keeps them in step.
 */
export interface ExtractionProvenance {
  /** Always {@link EXTRACTOR_NAME}. */
  readonly extractor: string;
  /** {@link EXTRACTOR_VERSION} at the time of extraction. */
  readonly version: string;
  readonly method: ExtractionMethod;
}

export function provenanceOf(method: ExtractionMethod): ExtractionProvenance {
  return { extractor: EXTRACTOR_NAME, version: EXTRACTOR_VERSION, method };
}
