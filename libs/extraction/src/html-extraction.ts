import { classifyLines, type LineClassification, type LineInput } from './boilerplate-lines';
import type { DetectedCredit } from './credit-line';
import { findDenseContent, isFurniture } from './dense-content';
import type { ExtractionMethod } from './extraction-provenance';
import { found } from './found-value';
import {
  parseHtmlDocument,
  readReadableContent,
  type DomDocument,
  type ReadableContent,
} from './html-dom';
import { readPageMetadata } from './html-metadata';
import { splitElementParagraphs, splitHtmlParagraphs } from './html-paragraphs';
import { detectLanguage } from './language-detection';
import { cleanByline } from './page-byline';
import { chooseTitle, findVisibleHeadline } from './page-title';
import { splitParagraphs } from './paragraph-split';
import type { RemovedLine } from './removal-reason';

/** Which rule found each field of an HTML extraction; null when the field is null. */
export interface HtmlMethods {
  readonly body: ExtractionMethod;
  readonly title: ExtractionMethod | null;
  readonly byline: ExtractionMethod | null;
  readonly publishedAt: ExtractionMethod | null;
  readonly modifiedAt: ExtractionMethod | null;
  readonly language: ExtractionMethod | null;
  readonly canonicalUrl: ExtractionMethod | null;
  readonly siteName: ExtractionMethod | null;
  readonly leadImage: ExtractionMethod | null;
  readonly credit: ExtractionMethod | null;
}

export interface HtmlExtraction {
  readonly title: string | null;
  readonly byline: string | null;
  /** The article body, one entry per paragraph, boilerplate removed. */
  readonly paragraphs: string[];
  /** ISO-8601 UTC, from the page's own article metadata only. */
  readonly publishedAt: string | null;
  /** The publication day in the publisher's own zone (YYYY-MM-DD), as the page states it. */
  readonly publishedDate: string | null;
  readonly modifiedAt: string | null;
  /** ISO 639-1: as declared by the page, else detected from the body. */
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
  readonly leadImage: string | null;
  readonly credit: DetectedCredit | null;
  /** Blocks kept out of the body and why: link lists and linked blocks first, then line by line. */
  readonly removed: RemovedLine[];
  readonly methods: HtmlMethods;
}

/**
 * Extracts an article from an HTML page. Readability finds the main content, cross-checked
 * against the page's densest block of prose; its blocks (paragraphs, headings, lists, quotes,
 * table rows) pass the per-line boilerplate rules shared with plain-text scrapes, but are not
 * cut to a single run of prose, since the markup already delimits the article. Metadata is read
 * from JSON-LD, meta tags and the visible headline, byline and date line of the untouched page.
 */
export function extractFromHtml(
  html: string,
  pageUrl: string | null,
  /** The source's learned template (`templateLineKeys`): lines it prints on most pages. */
  siteTemplate?: ReadonlySet<string>,
): HtmlExtraction {
  const document = parseHtmlDocument(html);
  const metadata = readPageMetadata(document, pageUrl);
  const readable = readReadableContent(document);
  const siteName = metadata.siteName ?? found(readable?.siteName, 'readability');
  const headline = findVisibleHeadline(document, siteName?.value ?? null);
  const title =
    metadata.title ??
    chooseTitle([found(readable?.title, 'readability')], headline, siteName?.value ?? null) ??
    found(headline, 'html-headline');
  const knownTitle = title?.value ?? null;
  const {
    body,
    lines,
    method: bodyMethod,
  } = chooseBody(document, readable, knownTitle, siteTemplate);
  const byline =
    metadata.byline ??
    found(cleanByline(readable?.byline), 'readability') ??
    found(lines.byline, 'byline-line');
  const language = metadata.language ?? found(detectLanguage(lines.paragraphs.join('\n')), 'franc');
  return {
    title: title?.value ?? null,
    byline: byline?.value ?? null,
    paragraphs: lines.paragraphs,
    publishedAt: metadata.publishedAt?.value ?? null,
    publishedDate: metadata.publishedDate?.value ?? null,
    modifiedAt: metadata.modifiedAt?.value ?? null,
    language: language?.value ?? null,
    canonicalUrl: metadata.canonicalUrl?.value ?? null,
    siteName: siteName?.value ?? null,
    leadImage: metadata.leadImage?.value ?? null,
    credit: lines.credit === null ? null : { agency: lines.credit.agency, line: lines.credit.line },
    removed: [...body.removed, ...lines.removed],
    methods: {
      body: bodyMethod,
      title: title?.method ?? null,
      byline: byline?.method ?? null,
      publishedAt: metadata.publishedAt?.method ?? null,
      modifiedAt: metadata.modifiedAt?.method ?? null,
      language: language?.method ?? null,
      canonicalUrl: metadata.canonicalUrl?.method ?? null,
      siteName: siteName?.method ?? null,
      leadImage: metadata.leadImage?.method ?? null,
      credit: lines.credit?.method ?? null,
    },
  };
}

// Readability misses the article on some layouts: it returns nothing (content parked in a
// hidden element by server-side rendering) or one section of it. The densest block of the page
// is read too, and wins when Readability found under 500 characters and the block has more, or
// when the block holds more than twice Readability's text.
const SHORT_READABLE_CHARS = 500;
const DENSE_BLOCK_ADVANTAGE = 2;

interface ChosenBody {
  readonly body: BodyLines;
  readonly lines: LineClassification;
  readonly method: ExtractionMethod;
}

function chooseBody(
  document: DomDocument,
  readable: ReadableContent | null,
  knownTitle: string | null,
  siteTemplate: ReadonlySet<string> | undefined,
): ChosenBody {
  const options = { knownTitle, structured: true, siteTemplate };
  const body = bodyLines(readable);
  const lines = classifyLines(body.lines, options);
  const chosen: ChosenBody = { body, lines, method: 'readability' };
  const dense = findDenseContent(document);
  if (dense === null) {
    return chosen;
  }
  const denseBody = splitElementParagraphs(dense, isFurniture);
  const denseLines = classifyLines(denseBody.lines, options);
  const chars = textLength(lines.paragraphs);
  const needed = chars < SHORT_READABLE_CHARS ? chars : chars * DENSE_BLOCK_ADVANTAGE;
  return textLength(denseLines.paragraphs) > needed
    ? { body: denseBody, lines: denseLines, method: 'block-density' }
    : chosen;
}

function textLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

interface BodyLines {
  readonly lines: readonly LineInput[];
  readonly removed: RemovedLine[];
}

function bodyLines(readable: ReadableContent | null): BodyLines {
  if (readable === null) {
    return { lines: [], removed: [] };
  }
  const split = splitHtmlParagraphs(readable.contentHtml);
  // Pages without any block elements come back from Readability as bare text.
  const lines =
    split.lines.length > 0
      ? split.lines
      : splitParagraphs(readable.textContent).map((text) => ({ text }));
  return { lines, removed: split.removed };
}
