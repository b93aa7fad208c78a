import {
  FETCH_TIMEOUT_MS,
  HOSTILE_FEEDS,
  HostileInputHarness,
  PAGE_MAX_BYTES,
} from './hostile-input-harness';

// Hostile input through the running feed-ingestion process: what a push of a URL answers, and
// what the poller records for hostile feeds, with the service still serving afterwards.
const harness = new HostileInputHarness();

beforeAll(() => harness.start());
afterAll(async () => {
  expect(await harness.stop()).toBe(0);
});

describe('hostile input through the running feed-ingestion', () => {
  it('refuses a redirect to the non-allowlisted 127.0.0.1, naming the address kind, and never connects there', async () => {
    const target = harness.internal.url('/latest/meta-data/');
    const answer = await harness.pushUrl(
      harness.site.url(`/redirect?to=${encodeURIComponent(target)}`),
    );
    expect(answer.status).toBe(400);
    expect(answer.message).toContain('refused to fetch url');
    expect(answer.message).toContain('127.0.0.1');
    expect(answer.message).toContain('loopback');
    expect(harness.internal.connections()).toBe(0);
  });

  it.each([
    ['decimal', 'http://2130706433/'],
    ['hex', 'http://0x7f000001/'],
    ['octal', 'http://0177.0.0.1/'],
    ['short', 'http://127.1/'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/'],
    ['localhost', 'http://localhost/'],
  ])('refuses the %s spelling of loopback (%s) as a blocked address', async (_, url) => {
    const answer = await harness.pushUrl(url);
    expect(answer.status).toBe(400);
    expect(answer.message).toContain('refused to fetch url');
    expect(answer.message).toContain('(loopback)');
  });

  it.each([
    'file:///etc/passwd',
    'gopher://127.0.0.2:70/_GET',
    'ftp://127.0.0.2/x',
    'javascript:alert(1)',
  ])('refuses the non-http URL %s with 400', async (url) => {
    const answer = await harness.pushUrl(url);
    expect(answer.status).toBe(400);
    expect(answer.message).toContain('invalid article');
    expect(answer.message).toContain('url: must be an absolute http(s) URL');
  });

  it('gives up on a slow-drip page at the fetch deadline with 504 timeout, and stays ready', async () => {
    const answer = await harness.pushUrl(harness.site.url('/drip'));
    expect(answer.status).toBe(504);
    expect(answer.message).toContain('(timeout)');
    expect(answer.ms).toBeGreaterThanOrEqual(FETCH_TIMEOUT_MS - 100);
    expect(answer.ms).toBeLessThan(FETCH_TIMEOUT_MS + 2000);
    expect(await harness.ready()).toBe(200);
  });

  it('refuses a gzip decompression bomb as too large', async () => {
    const answer = await harness.pushUrl(harness.site.url('/bomb'));
    expect(answer.status).toBe(502);
    expect(answer.message).toContain('(too-large)');
    expect(answer.message).toContain(String(PAGE_MAX_BYTES));
    expect(await harness.ready()).toBe(200);
  });

  it('answers 422 for a page robots.txt disallows, and 202 for an allowed page of the same site', async () => {
    const denied = await harness.pushUrl(harness.site.url('/private/ferry.html'));
    expect(denied.status).toBe(422);
    expect(denied.message).toContain('push text or html instead');
    const allowed = await harness.pushUrl(harness.site.url('/articles/ferry.html'));
    expect(allowed.status).toBe(202);
  });

  it('records a classified error for each hostile feed, keeps the good one healthy, and keeps running', async () => {
    const good = await harness.polledFeed(harness.feedUrl('good'), 30_000);
    expect(good).toMatchObject({ health: 'healthy', lastError: null, format: 'rss' });
    // A home page registered as a feed is read through the feed it advertises.
    const page = await harness.polledFeed(harness.feedUrl('home-page'), 30_000);
    expect(page).toMatchObject({
      health: 'healthy',
      format: 'rss',
      discoveredUrl: harness.feedUrl('good'),
    });
    const errors: Record<string, unknown> = {};
    for (const name of HOSTILE_FEEDS) {
      const feed = await harness.polledFeed(harness.feedUrl(name), 30_000);
      expect(feed?.['health']).toMatch(/^(degraded|broken)$/);
      errors[name] = (feed?.['lastError'] as { kind?: unknown } | null)?.kind;
    }
    expect(errors).toEqual({
      'billion-laughs': 'feed-xml-dtd-forbidden',
      'external-entity': 'feed-xml-dtd-forbidden',
      malformed: 'feed-malformed',
      'wrong-charset': 'feed-not-a-feed',
    });
    // The external entity named the internal server: it was never resolved.
    expect(harness.internal.connections()).toBe(0);
    expect(await harness.ready()).toBe(200);
  });
});
