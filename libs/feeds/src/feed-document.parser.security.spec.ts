import { readFixture } from './__fixtures__/feed-fixtures';
import { parseFeedDocument } from './feed-document.parser';
import { FeedParseError, type FeedParseErrorKind } from './feed-parse.error';

const FEED_URL = 'https://feeds.example/feed';
// Generous for a slow CI machine: the guard rejects these in well under a millisecond.
const REJECTION_BUDGET_MS = 100;

function rejection(body: string): { kind: FeedParseErrorKind; ms: number } {
  const started = performance.now();
  try {
    parseFeedDocument(body, FEED_URL);
  } catch (error) {
    if (error instanceof FeedParseError)
      return { kind: error.kind, ms: performance.now() - started };
    throw error;
  }
  throw new Error('expected the document to be rejected');
}

function polluted(): unknown {
  return (
    (Object.prototype as Record<string, unknown>).polluted ??
    ({} as Record<string, unknown>).polluted
  );
}

describe('parseFeedDocument on hostile input', () => {
  it.each([
    'attack-billion-laughs.xml',
    'attack-external-entity.xml',
    'attack-external-dtd.xml',
    'attack-parameter-entity.xml',
    'attack-quadratic-blowup.xml',
  ])('rejects %s as xml-dtd-forbidden, fast', (name) => {
    const { kind, ms } = rejection(readFixture(name));

    expect(kind).toBe('xml-dtd-forbidden');
    expect(ms).toBeLessThan(REJECTION_BUDGET_MS);
  });

  it('rejects an entity declaration outside any doctype', () => {
    expect(rejection('<?xml version="1.0"?><!ENTITY x "y"><rss version="2.0"/>').kind).toBe(
      'xml-dtd-forbidden',
    );
  });

  it('refuses an html doctype that carries an internal subset (entities ride in it)', () => {
    const body = '<!DOCTYPE html [<!ENTITY lol "lol">]><html><p>&lol;</p></html>';
    expect(rejection(body).kind).toBe('xml-dtd-forbidden');
  });

  it('does not mistake a doctype quoted inside CDATA for a DTD', () => {
    const body =
      '<rss version="2.0"><channel><item><title>t</title><description><![CDATA[<!DOCTYPE html><p>hi</p>]]></description></item></channel></rss>';

    expect(parseFeedDocument(body, FEED_URL).items[0]?.summary).toBe('hi');
  });

  it('expands only the predefined entities and character references', () => {
    const body =
      '<rss version="2.0"><channel><title>&lt;&amp;&#233;&#x263A; &nbsp;&copy; a&b</title></channel></rss>';

    expect(parseFeedDocument(body, FEED_URL).title).toBe('<&é☺ &nbsp;&copy; a&b');
  });

  it('ignores prototype keys in a JSON Feed', () => {
    const feed = parseFeedDocument(readFixture('attack-prototype-pollution.json'), FEED_URL);

    expect(polluted()).toBeUndefined();
    expect(feed.items).toEqual([
      expect.objectContaining({ guid: 'p1', title: 'Item', author: 'Mallory' }),
    ]);
  });

  it('parses XML with prototype-named elements exactly as without them', () => {
    const hostile = readFixture('attack-prototype-pollution.xml');
    const clean = hostile
      .split('\n')
      .filter((line) => !/__proto__|constructor|prototype/i.test(line))
      .join('\n');

    const feed = parseFeedDocument(hostile, FEED_URL);

    expect(polluted()).toBeUndefined();
    expect(feed).toEqual(parseFeedDocument(clean, FEED_URL));
    expect(feed.items[0]?.url).toBe('https://evil.example/p1');
  });

  it('never emits control characters or lone surrogates', () => {
    const body = `<rss version="2.0"><channel><title>a\u0001b\u0008c\u001fd\ud800e\udc00f\r\ng</title></channel></rss>`;

    const title = parseFeedDocument(body, FEED_URL).title ?? '';

    expect(title).toBe('abcd\ufffde\ufffdf\ng');
    expect(Buffer.from(title, 'utf8').toString('utf8')).toBe(title);
  });

  it('fails deeply nested markup as malformed, quickly', () => {
    const body = `<rss version="2.0"><channel>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</channel></rss>`;

    const { kind, ms } = rejection(body);

    expect(kind).toBe('malformed');
    expect(ms).toBeLessThan(2_000);
  });

  it('keeps nested markup inside a text field linear', () => {
    const markup = `${'<div>'.repeat(50_000)}deep`;
    const body = `<rss version="2.0"><channel><item><description><![CDATA[${markup}]]></description></item></channel></rss>`;
    const started = performance.now();

    const feed = parseFeedDocument(body, FEED_URL);

    expect(feed.items[0]?.summary).toBe('deep');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('keeps a flood of bare ampersands as text', () => {
    const body = `<rss version="2.0"><channel><title>${'&'.repeat(200_000)}</title></channel></rss>`;

    expect(parseFeedDocument(body, FEED_URL).title).toBe('&'.repeat(200_000));
  });
});
