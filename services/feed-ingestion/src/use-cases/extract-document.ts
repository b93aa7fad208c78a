import { extractFromHtml, extractFromPlainText } from '@newsflow/extraction';
import type { ExtractedFields } from '../domain/article-assembly';
import { templateSourceOf } from '../domain/template-source';
import type { SiteTemplateLearner } from './site-template.learner';

interface Extraction {
  readonly fields: ExtractedFields;
  /** Every line the extractor judged, body or not: what a site template is learned from. */
  readonly lines: readonly string[];
}

/** Runs the extractor that fits the document: HTML through Readability, anything else line by line. */
export function extractDocument(
  body: string,
  format: 'html' | 'text',
  pageUrl: string | null,
  title: string | null,
): ExtractedFields {
  return runExtractor(body, format, pageUrl, title, undefined).fields;
}

/**
 * Extracts with the source's learned template removed, then counts this page towards it. The
 * source is the one named by the feed or push, else the page's site.
 */
export async function extractWithSiteTemplate(
  templates: SiteTemplateLearner,
  source: string | null,
  document: { body: string; format: 'html' | 'text'; pageUrl: string | null; title: string | null },
): Promise<ExtractedFields> {
  const sourceId = templateSourceOf(source, document.pageUrl);
  const template = await templates.templateOf(sourceId);
  const { body, format, pageUrl, title } = document;
  const extraction = runExtractor(body, format, pageUrl, title, template);
  await templates.observe(sourceId, extraction.lines);
  return extraction.fields;
}

function runExtractor(
  body: string,
  format: 'html' | 'text',
  pageUrl: string | null,
  title: string | null,
  siteTemplate: ReadonlySet<string> | undefined,
): Extraction {
  if (format === 'html') {
    const html = extractFromHtml(body, pageUrl, siteTemplate);
    const fields: ExtractedFields = {
      ...html,
      modifiedAt: html.modifiedAt,
      leadImageUrl: html.leadImage,
      methods: {
        ...html.methods,
        leadImageUrl: html.methods.leadImage,
      },
    };
    return { fields, lines: [...html.paragraphs, ...html.removed.map(({ line }) => line)] };
  }
  const plain = extractFromPlainText({ text: body, title, siteTemplate });
  const fields: ExtractedFields = {
    title: plain.title,
    byline: plain.byline,
    paragraphs: plain.paragraphs,
    credit: plain.credit,
    publishedAt: null,
    modifiedAt: null,
    language: null,
    canonicalUrl: null,
    siteName: null,
    leadImageUrl: null,
    methods: {
      body: plain.methods.body,
      title: plain.methods.title,
      byline: plain.methods.byline,
      credit: plain.methods.credit,
      publishedAt: null,
      modifiedAt: null,
      language: null,
      canonicalUrl: null,
      siteName: null,
      leadImageUrl: null,
    },
  };
  return { fields, lines: [...plain.paragraphs, ...plain.removed.map(({ line }) => line)] };
}

/** HTML or text, from the Content-Type, else by sniffing the first bytes. */
export function documentFormat(contentType: string | null, body: string): 'html' | 'text' {
  if (contentType) {
    if (/html|xml/i.test(contentType)) return 'html';
    if (/text\/plain/i.test(contentType)) return 'text';
  }
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(body)
    ? 'html'
    : 'text';
}
