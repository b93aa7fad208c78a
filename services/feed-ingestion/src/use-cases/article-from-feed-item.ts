import type { ExtractedArticle } from '@newsflow/contracts';
import { assembleArticle } from '../domain/article-assembly';
import {
  FetchFailure,
  type DocumentFetcher,
  type FetchedDocument,
} from '../ports/document.fetcher';
import type { FeedItem } from '../ports/feed.parser';
import { documentFormat, extractDocument, extractWithSiteTemplate } from './extract-document';
import type { SiteTemplateLearner } from './site-template.learner';

// A feed body shorter than this is a teaser: fetch the page for the full text.
const FULL_TEXT_MIN_WORDS = 120;

function wordCount(text: string): number {
  return text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

/**
 * The article behind a feed item: from the feed's own full text when it has enough, else from
 * the page it links to (always so for sitemap URLs, which carry no text).
 */
export async function articleFromFeedItem(
  item: FeedItem,
  feedUrl: string,
  fetcher: DocumentFetcher,
  templates: SiteTemplateLearner,
): Promise<ExtractedArticle> {
  const origin = {
    url: item.url,
    source: null,
    feedUrl,
    title: item.title,
    publishedAt: item.publishedAt,
  };
  const fullText = item.contentHtml ?? item.contentText;
  const format = item.contentHtml ? 'html' : 'text';
  const fromFeed = (text: string, textFormat: 'html' | 'text') =>
    assembleArticle(
      extractDocument(text, textFormat, item.url, item.title),
      { ...origin, kind: 'feed-item' },
      new Date(),
    );
  if (fullText && wordCount(fullText) >= FULL_TEXT_MIN_WORDS) return fromFeed(fullText, format);
  if (!item.url) throw new Error('item has neither full text nor a link');
  let page: FetchedDocument;
  try {
    page = await fetcher.fetch(item.url, { kind: 'page' });
  } catch (error) {
    // The site's robots.txt keeps us off the page, but its own feed chose to publish this
    // text: that is what we publish (origin `feed-item` says the body is the feed's).
    if (error instanceof FetchFailure && error.kind === 'robots-disallowed') {
      if (fullText) return fromFeed(fullText, format);
      if (item.summary) return fromFeed(item.summary, 'text');
    }
    throw error;
  }
  // Feed text is the publisher's own, without page furniture; only fetched pages carry a template.
  const fields = await extractWithSiteTemplate(templates, null, {
    body: page.text,
    format: documentFormat(page.contentType, page.text),
    pageUrl: page.finalUrl,
    title: item.title,
  });
  return assembleArticle(fields, { ...origin, url: page.finalUrl, kind: 'page' }, new Date());
}
