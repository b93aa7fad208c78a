import { classifyLines, type LineInput } from './boilerplate-lines';
import type { DetectedCredit } from './credit-line';
import type { ExtractionMethod } from './extraction-provenance';
import { parseHtmlDocument, readReadableContent, type ReadableContent } from './html-dom';
import { found, headlineText, readPageMetadata } from './html-metadata';
import { splitHtmlParagraphs } from './html-paragraphs';
import { detectLanguage } from './language-detection';
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
  readonly modifiedAt: string | null;
  /** ISO 639-1: as declared by the page, else detected from the body. */
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
  readonly leadImage: string | null;
  readonly credit: DetectedCredit | null;
  /** Blocks kept out of the body and why: link lists first, then line by line. */
  readonly removed: RemovedLine[];
  readonly methods: HtmlMethods;
}

/**
 * Extracts an article from an HTML page: Readability finds the main content, which is split
 * into paragraphs and passed through the same line rules as plain-text scrapes; metadata is
 * read from JSON-LD, meta tags and the article markup of the untouched page.
 */
export function extractFromHtml(html: string, pageUrl: string | null): HtmlExtraction {
  const document = parseHtmlDocument(html);
  const metadata = readPageMetadata(document, pageUrl);
  const readable = readReadableContent(document);
  const title =
    metadata.title ??
    found(readable?.title, 'readability') ??
    found(headlineText(document), 'html-headline');
  const body = bodyLines(readable);
  const lines = classifyLines(body.lines, { knownTitle: title?.value ?? null });
  const byline =
    metadata.byline ?? found(readable?.byline, 'readability') ?? found(lines.byline, 'byline-line');
  const siteName = metadata.siteName ?? found(readable?.siteName, 'readability');
  const language = metadata.language ?? found(detectLanguage(lines.paragraphs.join('\n')), 'franc');
  return {
    title: title?.value ?? null,
    byline: byline?.value ?? null,
    paragraphs: lines.paragraphs,
    publishedAt: metadata.publishedAt?.value ?? null,
    modifiedAt: metadata.modifiedAt?.value ?? null,
    language: language?.value ?? null,
    canonicalUrl: metadata.canonicalUrl?.value ?? null,
    siteName: siteName?.value ?? null,
    leadImage: metadata.leadImage?.value ?? null,
    credit: lines.credit === null ? null : { agency: lines.credit.agency, line: lines.credit.line },
    removed: [...body.removed, ...lines.removed],
    methods: {
      body: 'readability',
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
