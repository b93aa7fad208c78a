import { extractFromHtml, extractFromPlainText } from '@newsflow/extraction';
import type { ExtractedFields } from '../domain/article-assembly';

/** Runs the extractor that fits the document: HTML through Readability, anything else line by line. */
export function extractDocument(
  body: string,
  format: 'html' | 'text',
  pageUrl: string | null,
  title: string | null,
): ExtractedFields {
  if (format === 'html') {
    const html = extractFromHtml(body, pageUrl);
    return {
      ...html,
      methods: {
        body: html.methods.body,
        title: html.methods.title,
        credit: html.methods.credit,
        publishedAt: html.methods.publishedAt,
      },
    };
  }
  const plain = extractFromPlainText({ text: body, title });
  return {
    title: plain.title,
    byline: plain.byline,
    paragraphs: plain.paragraphs,
    credit: plain.credit,
    publishedAt: null,
    language: null,
    canonicalUrl: null,
    siteName: null,
    methods: {
      body: plain.methods.body,
      title: plain.methods.title,
      credit: plain.methods.credit,
      publishedAt: null,
    },
  };
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
