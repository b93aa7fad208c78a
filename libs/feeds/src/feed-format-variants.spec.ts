import { parseFeedDocument } from './feed-document.parser';

const FEED_URL = 'https://feeds.example/feed';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('parseFeedDocument on format variants', () => {
  it.each(['1', '1.0', '1.1', 'https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1.1'])(
    'reads JSON Feed whose version is written %p',
    (version) => {
      const body = JSON.stringify({
        version,
        title: 't',
        author: { name: 'Feed Author' },
        items: [{ id: '1', url: 'https://feeds.example/1', content_text: 'x' }],
      });
      const feed = parseFeedDocument(body, FEED_URL);
      expect(feed.format).toBe('json');
      expect(feed.items[0]).toMatchObject({ guid: '1', author: 'Feed Author' });
    },
  );

  it('does not take any JSON object with a version for a JSON Feed', () => {
    expect(() => parseFeedDocument('{"version":"2.0","data":[]}', FEED_URL)).toThrow(
      'Invalid feed format',
    );
  });

  it('decodes Atom 0.3 mode="base64" text constructs, escaping what they decode to', () => {
    const body = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
      <title mode="base64">${b64('Q&A: <b>rates</b>')}</title>
      <summary type="text/plain" mode='base64'>${b64('Zürich – déjà vu')}</summary>
      <content mode="base64">not base64!</content></entry></feed>`;
    expect(parseFeedDocument(body, FEED_URL).items[0]).toMatchObject({
      title: 'Q&A: <b>rates</b>',
      summary: 'Zürich – déjà vu',
    });
  });

  it.each([
    ['application/octet-stream', b64('Entry Content'), 'Entry Content'],
    ['video/mp4', b64('hello'), 'hello'],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]).toString('base64'), null],
    ['image/png', 'not base64 at all', null],
    ['application/json', '{"a":1}', '{"a":1}'],
  ])('Atom 1.0 content of type %s', (type, value, text) => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><content type="${type}">${value}</content></entry></feed>`;
    expect(parseFeedDocument(body, FEED_URL).items[0]?.contentText).toBe(text);
  });

  it('falls back to dc:title and an embedded atom:content in RSS items', () => {
    const body = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <item><dc:title>DC Title</dc:title><atom:content type="html">&lt;p&gt;Body&lt;/p&gt;</atom:content><link>https://feeds.example/1</link></item>
    </channel></rss>`;
    expect(parseFeedDocument(body, FEED_URL).items[0]).toMatchObject({
      title: 'DC Title',
      contentHtml: '<p>Body</p>',
    });
  });
});
