import { readFixture } from './__fixtures__/feed-fixtures';
import { parseFeedDocument, type ParseFeedOptions } from './feed-document.parser';
import { FeedParseError } from './feed-parse.error';

const FEED_URL = 'https://feeds.example/path/feed';

function failure(body: string, options?: ParseFeedOptions): FeedParseError {
  try {
    parseFeedDocument(body, FEED_URL, options);
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected parseFeedDocument to fail');
}

describe('parseFeedDocument', () => {
  it('reads RSS 2.0 with content:encoded, dc:creator and relative links', () => {
    const feed = parseFeedDocument(readFixture('rss2-content-encoded.xml'), FEED_URL);

    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Harbour Gazette',
      siteUrl: 'https://feeds.example/news/',
      ttlMinutes: 45,
    });
    expect(feed.items[0]).toEqual({
      guid: 'gazette-4711',
      url: 'https://feeds.example/news/2024/ferry-timetable?ref=rss&utm=feed',
      title: 'Ferry timetable changes & what they mean',
      publishedAt: '2024-03-05T13:30:00.000Z',
      author: 'Maren Holt',
      summary: 'The winter timetable ends early.\nDetails inside.',
      contentHtml:
        '<p>The <b>winter</b> timetable ends on 1&nbsp;April.</p><script>alert(1)</script>',
      contentText: null,
    });
    // A guid without isPermaLink="false" doubles as the permalink; <author> yields its name.
    expect(feed.items[1]).toMatchObject({
      url: 'https://gazette.example/news/2024/harbour-master',
      author: 'News Desk',
      publishedAt: '2024-03-04T09:00:00.000Z',
    });
  });

  it('reads RSS 0.91', () => {
    const feed = parseFeedDocument(readFixture('rss091.xml'), FEED_URL);

    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Old Wire',
      siteUrl: 'http://oldwire.example/',
    });
    expect(feed.items).toEqual([
      expect.objectContaining({
        url: 'http://oldwire.example/stories/modems.html',
        title: 'Modem speeds double',
        summary: '56k is here.',
        publishedAt: null,
      }),
    ]);
  });

  it('reads RDF 1.0 with dc:date and derives the poll interval from sy:updatePeriod', () => {
    const feed = parseFeedDocument(readFixture('rdf10.xml'), FEED_URL);

    expect(feed).toMatchObject({ format: 'rdf', title: 'Science Desk', ttlMinutes: 30 });
    expect(feed.items[0]).toMatchObject({
      guid: 'https://science.example/articles/comet',
      url: 'https://science.example/articles/comet',
      publishedAt: '2024-02-10T19:15:00.000Z',
      author: 'Ilse Brandt',
    });
  });

  it('resolves Atom links through nested xml:base and honours content types', () => {
    const feed = parseFeedDocument(readFixture('atom10-xml-base.xml'), FEED_URL);

    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Notes from the field',
      siteUrl: 'https://blog.example/writing/',
    });
    expect(feed.items).toEqual([
      {
        guid: 'tag:blog.example,2024:tides',
        url: 'https://blog.example/writing/2024/tide-tables.html',
        title: 'Tide tables',
        publishedAt: '2024-04-01T11:00:00.000Z',
        author: 'Ada Field',
        summary: 'Why the spring tides matter',
        contentHtml: '<p>Tides are <em>tidal</em>.</p>',
        contentText: null,
      },
      {
        guid: 'tag:blog.example,2024:plain',
        url: 'https://blog.example/notes/plain',
        title: 'Plain note',
        publishedAt: '2024-03-30T12:00:00.000Z',
        author: 'Guest Writer',
        summary: null,
        contentHtml: null,
        contentText: 'Just text, with a <tag> that is not markup.',
      },
    ]);
  });

  it('reads JSON Feed 1.1, falling back to external_url, date_modified and feed authors', () => {
    const feed = parseFeedDocument(readFixture('json-feed-11.json'), FEED_URL);

    expect(feed).toMatchObject({ format: 'json', title: 'Market Notes', ttlMinutes: null });
    expect(feed.items).toEqual([
      {
        guid: '1001',
        url: 'https://feeds.example/notes/1001',
        title: 'Rates hold steady',
        publishedAt: '2024-05-06T10:00:00.000Z',
        author: 'Ola Rate',
        summary: 'Rates unchanged.',
        contentHtml: '<p>The bank held rates at <strong>4%</strong>.</p>',
        contentText: null,
      },
      {
        guid: '1002',
        url: 'https://elsewhere.example/story',
        title: null,
        publishedAt: '2024-05-07T10:30:00.000Z',
        author: 'Markets Team',
        summary: null,
        contentHtml: null,
        contentText: 'Plain text body.',
      },
    ]);
  });

  it('leaves unparseable dates null instead of inventing one, trying dc:date next', () => {
    const feed = parseFeedDocument(readFixture('bad-date.xml'), FEED_URL);

    expect(feed.items.map((item) => item.publishedAt)).toEqual([
      null,
      null,
      '2023-06-01T12:00:00.000Z',
    ]);
  });

  it('repairs windows-1252 mojibake and strips control characters', () => {
    const feed = parseFeedDocument(readFixture('mojibake.xml'), FEED_URL);

    expect(feed.title).toBe('Café Society — Weekly');
    expect(feed.items[0]?.title).toBe('“Smart quotes” and naïve crème brûlée');
    expect(feed.items[0]?.summary).toBe('Controlchars and a stray DEL. Résumé inside.');
    expect(feed.items[1]?.title).toBe('Genuine Latin-1: café, naïve, Ã  la carte');
  });

  it('accepts a byte-order mark and leading whitespace', () => {
    const feed = parseFeedDocument(`\ufeff\n  ${readFixture('rss091.xml')}`, FEED_URL);

    expect(feed.title).toBe('Old Wire');
  });

  it('returns an empty feed for a well-formed feed with nothing in it', () => {
    expect(parseFeedDocument('<rss version="2.0"><channel></channel></rss>', FEED_URL)).toEqual({
      format: 'rss',
      title: null,
      siteUrl: null,
      ttlMinutes: null,
      items: [],
    });
  });

  it('keeps only absolute links when the feed URL is not a usable base', () => {
    const feed = parseFeedDocument(readFixture('rss2-content-encoded.xml'), 'not a url');

    expect(feed.siteUrl).toBeNull();
    expect(feed.items[0]?.url).toBeNull();
    expect(feed.items[1]?.url).toBe('https://gazette.example/news/2024/harbour-master');
  });

  it('drops javascript: and other non-web links', () => {
    const body =
      '<rss version="2.0"><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>';

    expect(parseFeedDocument(body, FEED_URL).items[0]?.url).toBeNull();
  });

  it('keeps at most maxItems items', () => {
    const items = '<item><title>x</title></item>'.repeat(5);
    const body = `<rss version="2.0"><channel>${items}</channel></rss>`;

    expect(parseFeedDocument(body, FEED_URL, { maxItems: 2 }).items).toHaveLength(2);
  });

  it('rejects bodies over the length cap before parsing', () => {
    const error = failure(readFixture('rss091.xml'), { maxChars: 100 });

    expect(error.kind).toBe('too-large');
  });

  it.each([
    ['an HTML page without a doctype', '<html><body>Hello</body></html>'],
    ['an HTML5 page (its doctype is no DTD)', '<!DOCTYPE html>\n<html lang="en"><p>Hi</p></html>'],
    ['an HTML5 page after a comment', '<!-- built 2026-11-28 --> <!doctype html><html></html>'],
    ['plain text', 'Service Unavailable'],
    ['an empty body', ''],
    ['a JSON object that is not a feed', '{"error":"not found"}'],
  ])('reports %s as not-a-feed', (_label, body) => {
    expect(failure(body).kind).toBe('not-a-feed');
  });

  it('reports broken XML as malformed with the parser message', () => {
    const error = failure('<rss version="2.0"><channel><title>x</channel></rss>');

    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/title/);
  });

  it('reports broken JSON as malformed with the parser message', () => {
    const error = failure('{"version":"https://jsonfeed.org/version/1.1", "items": [');

    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/JSON/);
  });
});
