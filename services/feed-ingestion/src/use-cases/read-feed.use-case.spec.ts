import { isFeedParseError, parseFeedDocument } from '@newsflow/feeds';
import { loadFeedIngestionConfig } from '../config/feed-ingestion.config';
import {
  FetchFailure,
  type DocumentFetcher,
  type FetchedDocument,
} from '../ports/document.fetcher';
import type { FeedParser } from '../ports/feed.parser';
import type { FeedState } from '../ports/feed.store';
import { ReadFeedUseCase } from './read-feed.use-case';

const HOME = `<!doctype html><html><head><title>Harbour Gazette</title>
<link rel="alternate" type="application/rss+xml" title="Comments" href="/comments.xml">
<link rel="alternate" type="application/rss+xml" title="News" href="/news.xml">
</head><body><h1>Harbour Gazette</h1><p>Local news from the quay.</p></body></html>`;

const NEWS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<link>https://gazette.example/</link><description>News</description>
<item><title>Dredging approved</title><link>https://gazette.example/news/dredging</link>
<guid>dredging</guid><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;

function site(pages: Record<string, string>): DocumentFetcher & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    fetch(url: string): Promise<FetchedDocument> {
      fetched.push(url);
      const text = pages[url];
      if (text === undefined) {
        return Promise.reject(new FetchFailure('http-status', `404 for ${url}`, null, false));
      }
      const html = text.startsWith('<!doctype');
      return Promise.resolve({
        status: 200,
        finalUrl: url,
        contentType: html ? 'text/html' : 'application/rss+xml',
        text,
        etag: '"v1"',
        lastModified: null,
      });
    },
  };
}

// The library parser behind the port, as the hardened adapter uses it (minus gzip handling).
const parser: FeedParser = {
  parse: (body, now) => {
    try {
      return Promise.resolve({ ok: true, feed: parseFeedDocument(body.text, body.url, { now }) });
    } catch (error) {
      if (!isFeedParseError(error)) throw error;
      return Promise.resolve({ ok: false, kind: `feed-${error.kind}`, message: error.message });
    }
  },
};

function feed(url: string): FeedState {
  return {
    url,
    health: 'new',
    etag: null,
    lastModified: null,
    consecutiveFailures: 0,
    itemsSeen: 0,
  } as FeedState;
}

const config = loadFeedIngestionConfig({});

describe('ReadFeedUseCase', () => {
  it("reads the feed a site's home page advertises, skipping one that fails", async () => {
    const fetcher = site({
      'https://gazette.example/': HOME,
      'https://gazette.example/news.xml': NEWS,
    });
    const read = await new ReadFeedUseCase(fetcher, parser, config).execute(
      feed('https://gazette.example/'),
      new Date('2026-11-20T12:00:00Z'),
    );
    expect(read).toMatchObject({
      kind: 'read',
      format: 'rss',
      discoveredUrl: 'https://gazette.example/news.xml',
      etag: null,
    });
    expect(read.kind === 'read' && read.items.map((item) => item.title)).toEqual([
      'Dredging approved',
    ]);
    expect(fetcher.fetched).toEqual([
      'https://gazette.example/',
      'https://gazette.example/comments.xml',
      'https://gazette.example/news.xml',
    ]);
  });

  it('reports a page that advertises no feed as not a feed', async () => {
    const fetcher = site({ 'https://plain.example/': '<!doctype html><p>No feeds here.</p>' });
    const read = await new ReadFeedUseCase(fetcher, parser, config).execute(
      feed('https://plain.example/'),
      new Date(),
    );
    expect(read).toMatchObject({ kind: 'failed', errorKind: 'feed-not-a-feed' });
  });
});
