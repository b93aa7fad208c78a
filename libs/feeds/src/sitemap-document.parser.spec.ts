import { readFixture } from './__fixtures__/feed-fixtures';
import { parseFeedDocument } from './feed-document.parser';
import { FeedParseError } from './feed-parse.error';

const SITEMAP_URL = 'https://news.example/sitemap-news.xml';
const now = new Date('2026-03-02T12:00:00Z');

function urlset(entries: string): string {
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>`;
}

function kindOf(body: string): string {
  try {
    parseFeedDocument(body, SITEMAP_URL, { now });
  } catch (error) {
    if (error instanceof FeedParseError) return error.kind;
    throw error;
  }
  return 'parsed';
}

describe('parseFeedDocument on sitemaps', () => {
  it('reads a Google News sitemap into items, newest first, recent and http(s) only', () => {
    const feed = parseFeedDocument(readFixture('news-sitemap.xml'), SITEMAP_URL, { now });

    expect(feed).toMatchObject({
      format: 'sitemap',
      title: 'Harbour Gazette',
      siteUrl: 'https://news.example/',
    });
    expect(feed.items).toEqual([
      {
        guid: null,
        url: 'https://news.example/2026/03/02/ferry?id=1&src=sm',
        title: 'Ferry timetable – what changes',
        publishedAt: '2026-03-02T10:15:00.000Z',
        author: null,
        summary: null,
        contentHtml: null,
        contentText: null,
        language: 'en',
      },
      expect.objectContaining({
        url: 'https://news.example/2026/03/02/relative',
        publishedAt: '2026-03-02T09:00:00.000Z',
        title: null,
      }),
      expect.objectContaining({
        url: 'https://news.example/2026/03/02/harbour-strike',
        title: 'Dockers strike over <pay> & hours',
        publishedAt: '2026-03-02T07:30:00.000Z',
      }),
    ]);
  });

  it('takes only the newest URLs of a large plain sitemap', () => {
    const entries = Array.from({ length: 5000 }, (_, k) => {
      const lastmod = new Date(now.getTime() - k * 60_000).toISOString();
      return `<url><loc>https://news.example/a/${k}</loc><lastmod>${lastmod}</lastmod></url>`;
    });
    const feed = parseFeedDocument(urlset(entries.join('')), SITEMAP_URL, {
      now,
      sitemap: { maxItems: 100, maxAgeHours: 1 },
    });
    expect(feed.items).toHaveLength(61);
    expect(feed.items[0]?.url).toBe('https://news.example/a/0');
    expect(feed.items.at(-1)?.url).toBe('https://news.example/a/60');
    const capped = parseFeedDocument(urlset(entries.join('')), SITEMAP_URL, {
      now,
      sitemap: { maxItems: 10 },
    });
    expect(capped.items.map((item) => item.url)).toHaveLength(10);
  });

  it('lists the children of a sitemap index worth following: same site, recent or undated, newest first', () => {
    const feed = parseFeedDocument(readFixture('sitemap-index.xml'), SITEMAP_URL, { now });
    expect(feed.format).toBe('sitemap-index');
    expect(feed.items).toEqual([]);
    expect(feed.childSitemaps).toEqual([
      {
        url: 'https://www.news.example/sitemaps/news.xml',
        lastModified: '2026-03-02T11:30:00.000Z',
      },
      {
        url: 'https://news.example/sitemaps/2026-03.xml.gz',
        lastModified: '2026-03-02T11:00:00.000Z',
      },
      {
        url: 'https://news.example/sitemaps/2026-02.xml',
        lastModified: '2026-02-28T23:00:00.000Z',
      },
      { url: 'https://news.example/sitemaps/pages.xml', lastModified: null },
    ]);
    const one = parseFeedDocument(readFixture('sitemap-index.xml'), SITEMAP_URL, {
      now,
      sitemap: { maxChildSitemaps: 1, maxAgeHours: 24 },
    });
    expect(one.childSitemaps?.map((child) => child.url)).toEqual([
      'https://www.news.example/sitemaps/news.xml',
    ]);
  });

  it('is told from the content, whatever the URL, with or without a namespace prefix', () => {
    const body = `<?xml version="1.0"?><sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://news.example/x</sm:loc><sm:lastmod>2026-03-02</sm:lastmod></sm:url></sm:urlset>`;
    const feed = parseFeedDocument(body, 'https://news.example/feed.rss', { now });
    expect(feed.format).toBe('sitemap');
    expect(feed.items.map((item) => item.url)).toEqual(['https://news.example/x']);
  });

  it.each([
    [
      'a DTD',
      `<!DOCTYPE urlset [<!ENTITY a "b">]>${urlset('<url><loc>&a;</loc></url>')}`,
      'xml-dtd-forbidden',
    ],
    [
      'a truncated document',
      urlset('<url><loc>https://news.example/x</loc>').slice(0, -10),
      'malformed',
    ],
    ['mismatched tags', urlset('<url><loc>https://news.example/x</lastmod></url>'), 'malformed'],
    ['absurd nesting', urlset(`${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`), 'malformed'],
    ['an unterminated CDATA section', urlset('<url><loc><![CDATA[x</loc></url>'), 'malformed'],
    ['an HTML page', '<html><body>404</body></html>', 'not-a-feed'],
  ])('refuses %s with a classified error', (_name, body, kind) => {
    expect(kindOf(body)).toBe(kind);
  });

  it('leaves undefined entities as text and keeps huge fields bounded', () => {
    const loc = `https://news.example/${'a'.repeat(100_000)}`;
    const feed = parseFeedDocument(
      urlset(
        `<url><loc>https://news.example/&nbsp;x</loc><lastmod>2026-03-02</lastmod></url><url><loc>${loc}</loc><lastmod>2026-03-02</lastmod></url>`,
      ),
      SITEMAP_URL,
      { now },
    );
    expect(feed.items[0]?.url).toBe('https://news.example/&nbsp;x');
    expect((feed.items[1]?.url ?? '').length).toBeLessThan(5000);
  });
});
