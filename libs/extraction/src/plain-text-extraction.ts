import { classifyLines } from './boilerplate-lines';
import type { DetectedCredit } from './credit-line';
import type { ExtractionMethod } from './extraction-provenance';
import { splitParagraphs } from './paragraph-split';
import type { RemovedLine } from './removal-reason';

export interface PlainTextInput {
  /** The page as scraped: article, navigation, footers and all. */
  readonly text: string;
  /** A title known from elsewhere (feed item, push payload), if any. */
  readonly title?: string | null;
  /** The source's learned template (`templateLineKeys`): lines it prints on most pages. */
  readonly siteTemplate?: ReadonlySet<string>;
}

/** Which rule found each field of a plain-text extraction; null when the field is null. */
export interface PlainTextMethods {
  readonly body: ExtractionMethod;
  readonly title: ExtractionMethod | null;
  readonly byline: ExtractionMethod | null;
  readonly credit: ExtractionMethod | null;
}

export interface PlainTextExtraction {
  readonly title: string | null;
  readonly byline: string | null;
  /** The article body, one entry per paragraph, boilerplate removed. */
  readonly paragraphs: string[];
  readonly credit: DetectedCredit | null;
  /** Every line kept out of the body, in page order, with the reason. */
  readonly removed: RemovedLine[];
  readonly methods: PlainTextMethods;
}

/**
 * Extracts an article from a news page scraped as plain text. A given title wins over a
 * detected one; lines repeating it are removed either way.
 */
export function extractFromPlainText(input: PlainTextInput): PlainTextExtraction {
  const givenTitle = input.title?.trim() ?? '';
  const hasTitle = givenTitle.length > 0;
  const result = classifyLines(splitParagraphs(input.text), {
    knownTitle: hasTitle ? givenTitle : null,
    detectTitle: !hasTitle,
    siteTemplate: input.siteTemplate,
  });
  const title = hasTitle ? givenTitle : result.title;
  return {
    title,
    byline: result.byline,
    paragraphs: result.paragraphs,
    credit:
      result.credit === null ? null : { agency: result.credit.agency, line: result.credit.line },
    removed: result.removed,
    methods: {
      body: 'plain-text-lines',
      title: title === null ? null : hasTitle ? 'given' : 'plain-text-title-line',
      byline: result.byline === null ? null : 'byline-line',
      credit: result.credit?.method ?? null,
    },
  };
}
