import type { FeedItem } from '@newsflow/feeds';
import {
  FetchFailure,
  type DocumentFetcher,
  type FetchedDocument,
} from '../ports/document.fetcher';
import type { SiteTemplateStore } from '../ports/site-template.store';
import { articleFromFeedItem as articleFrom } from './article-from-feed-item';
import { SiteTemplateLearner } from './site-template.learner';

const noTemplates: SiteTemplateStore = {
  load: () => Promise.resolve(null),
  save: () => Promise.resolve(),
};

function articleFromFeedItem(item: FeedItem, feedUrl: string, fetcher: DocumentFetcher) {
  return articleFrom(item, feedUrl, fetcher, new SiteTemplateLearner(noTemplates));
}

const SUMMARY =
  'The county council voted on Tuesday to keep the Lanivet library open for another two years, after residents gathered more than four thousand signatures against its closure.';

const PAGE_TEXT = [
  'Lanivet library saved',
  SUMMARY,
  'The library will open on Saturdays again from March, the council said, and volunteers from the parish will run a homework club twice a week during term time.',
  'Councillors said the building would also host the mobile banking service that left the village high street last year.',
].join('\n\n');

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    guid: 'lanivet-library',
    url: 'https://gazette.example/news/lanivet-library',
    title: 'Lanivet library saved',
    publishedAt: '2026-11-20T09:00:00.000Z',
    author: null,
    summary: SUMMARY,
    contentHtml: null,
    contentText: null,
    ...overrides,
  };
}

function fetcherFailing(kind: string): DocumentFetcher & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch(url: string): Promise<FetchedDocument> {
      calls.push(url);
      return Promise.reject(new FetchFailure(kind, `${kind}: ${url}`, null, false));
    },
  };
}

const pageFetcher: DocumentFetcher = {
  fetch: (url) =>
    Promise.resolve({
      status: 200,
      finalUrl: url,
      contentType: 'text/plain; charset=utf-8',
      text: PAGE_TEXT,
      etag: null,
      lastModified: null,
    }),
};

describe('articleFromFeedItem', () => {
  it('fetches the page when the feed carries only a teaser', async () => {
    const article = await articleFromFeedItem(item(), 'https://gazette.example/rss', pageFetcher);
    expect(article.origin).toBe('page');
    expect(article.paragraphs.join(' ')).toContain('homework club');
  });

  it("publishes the feed's own text when robots.txt keeps us off the page", async () => {
    const fetcher = fetcherFailing('robots-disallowed');
    const article = await articleFromFeedItem(item(), 'https://gazette.example/rss', fetcher);
    expect(fetcher.calls).toEqual(['https://gazette.example/news/lanivet-library']);
    expect(article.origin).toBe('feed-item');
    expect(article.paragraphs).toEqual([SUMMARY]);
  });

  it('fails the item when robots.txt refuses and the feed has no text at all', async () => {
    const fetcher = fetcherFailing('robots-disallowed');
    await expect(
      articleFromFeedItem(item({ summary: null }), 'https://gazette.example/rss', fetcher),
    ).rejects.toMatchObject({ kind: 'robots-disallowed' });
  });

  it('does not fall back on other failures: the item is tried again next poll', async () => {
    await expect(
      articleFromFeedItem(item(), 'https://gazette.example/rss', fetcherFailing('timeout')),
    ).rejects.toMatchObject({ kind: 'timeout' });
  });
});
