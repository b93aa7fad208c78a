import { fetchFailure, startFetcher, type FetcherHarness } from '../../../test/fetcher.harness';
import { startHostileSite, type HostileSite } from '../../../test/hostile-site.server';

// The "public" news site listens on 127.0.0.2, which is allowlisted; 127.0.0.1 plays an internal
// service that must stay unreachable whatever the site answers.
describe('HttpDocumentFetcher against a hostile site (through the politeness budget)', () => {
  let site: HostileSite;
  let internal: HostileSite;
  let harness: FetcherHarness;

  beforeAll(async () => {
    site = await startHostileSite('127.0.0.2');
    internal = await startHostileSite('127.0.0.1');
    harness = startFetcher({
      FETCH_ALLOWED_ADDRESSES: '127.0.0.2',
      FETCH_TIMEOUT_MS: '1500',
      FETCH_HOST_MIN_DELAY_MS: '0',
      PAGE_MAX_BYTES: String(1024 * 1024),
    });
  });
  afterAll(async () => {
    await harness.close();
    await Promise.all([site.close(), internal.close()]);
  });

  it('refuses a redirect to a non-allowlisted 127.0.0.1, and never connects to it', async () => {
    const target = internal.url('/latest/meta-data/');
    const failure = await fetchFailure(
      harness.fetcher.fetch(site.url(`/redirect?to=${encodeURIComponent(target)}`), {
        kind: 'page',
      }),
    );
    expect(failure.kind).toBe('blocked-address');
    expect(failure.refused).toBe(true);
    expect(internal.connections()).toBe(0);
    expect(site.requests.map((r) => r.path)).toContain('/robots.txt');
  });

  it('refuses 127.0.0.1 as a feed URL without fetching even its robots.txt', async () => {
    const failure = await fetchFailure(
      harness.fetcher.fetch(internal.url('/feed.xml'), { kind: 'feed' }),
    );
    expect(failure.kind).toBe('blocked-address');
    expect(failure.refused).toBe(true);
    expect(internal.connections()).toBe(0);
  });

  it('gives up on a slow-drip page at the deadline', async () => {
    const started = Date.now();
    const failure = await fetchFailure(harness.fetcher.fetch(site.url('/drip'), { kind: 'page' }));
    expect(failure.kind).toBe('timeout');
    expect(failure.refused).toBe(false);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('stops a decompression bomb at the page cap', async () => {
    const failure = await fetchFailure(harness.fetcher.fetch(site.url('/bomb'), { kind: 'page' }));
    expect(failure.kind).toBe('too-large');
  });

  it('still fetches ordinary pages, with headers the poller needs', async () => {
    const page = await harness.fetcher.fetch(site.url('/news/ok'), { kind: 'page' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('/news/ok');
    expect(page.bytes?.length).toBeGreaterThan(0);
    expect(page.date).toEqual(expect.any(String));
    expect(page.cacheControl).toBeNull();
  });
});

describe('HttpDocumentFetcher with a hostile robots.txt', () => {
  let site: HostileSite;
  let harness: FetcherHarness;

  beforeEach(async () => {
    site = await startHostileSite('127.0.0.2');
    harness = startFetcher({
      FETCH_ALLOWED_ADDRESSES: '127.0.0.2',
      FETCH_TIMEOUT_MS: '1500',
      FETCH_HOST_MIN_DELAY_MS: '0',
    });
  });
  afterEach(async () => {
    await harness.close();
    await site.close();
  });

  it('reads only the first 500 KiB of a gzip-bomb robots.txt and applies what it says', async () => {
    site.robots = {
      kind: 'gzip-bomb',
      head: 'User-agent: *\nDisallow: /private/\n',
      decodedBytes: 30 * 1024 * 1024,
    };
    const denied = await fetchFailure(
      harness.fetcher.fetch(site.url('/private/a'), { kind: 'page' }),
    );
    expect(denied.kind).toBe('robots-disallowed');
    const page = await harness.fetcher.fetch(site.url('/public/a'), { kind: 'page' });
    expect(page.status).toBe(200);
  });

  it('treats a slow-drip robots.txt as unreachable: nothing on the origin is fetched', async () => {
    site.robots = { kind: 'drip' };
    const failure = await fetchFailure(
      harness.fetcher.fetch(site.url('/feed.xml'), { kind: 'feed' }),
    );
    expect(failure.kind).toBe('robots-unreachable');
    expect(failure.refused).toBe(false);
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt']);
  });
});
