import { fetchFailure, startFetcher, type FetcherHarness } from '../../../test/fetcher.harness';
import { startHostileSite, type HostileSite } from '../../../test/hostile-site.server';

const USER_AGENT = 'Newsflow/0.1 (+https://newsroom.example/bot)';

function startsOf(site: HostileSite, filter: (path: string) => boolean = () => true): number[] {
  return site.requests.filter((r) => filter(r.path)).map((r) => r.atMs);
}

function gaps(starts: number[]): number[] {
  return starts.slice(1).map((at, i) => at - (starts[i] ?? at));
}

describe('HttpDocumentFetcher politeness: robots.txt, Crawl-delay, per-host budget', () => {
  let site: HostileSite;
  let harness: FetcherHarness;

  const start = (env: Record<string, string> = {}): void => {
    harness = startFetcher({
      FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
      FETCH_USER_AGENT: USER_AGENT,
      FETCH_TIMEOUT_MS: '5000',
      FETCH_HOST_MIN_DELAY_MS: '0',
      ...env,
    });
  };

  beforeEach(async () => {
    site = await startHostileSite('127.0.0.1');
  });
  afterEach(async () => {
    await harness.close();
    await site.close();
  });

  it('obeys the group of our product token: disallowed feed and page are not fetched', async () => {
    site.robots = {
      kind: 'text',
      body: 'User-agent: *\nDisallow: /\n\nUser-agent: newsflow\nDisallow: /feed.xml\nDisallow: /paywall/\n',
    };
    start();
    const feed = await fetchFailure(harness.fetcher.fetch(site.url('/feed.xml'), { kind: 'feed' }));
    const page = await fetchFailure(
      harness.fetcher.fetch(site.url('/paywall/1'), { kind: 'page' }),
    );
    const open = await harness.fetcher.fetch(site.url('/news/1'), { kind: 'page' });
    expect([feed.kind, feed.refused, page.kind]).toEqual([
      'robots-disallowed',
      false,
      'robots-disallowed',
    ]);
    expect(open.status).toBe(200);
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/news/1']);
    // The identifying User-Agent went out on robots.txt and on the page.
    expect(new Set(site.requests.map((r) => r.userAgent))).toEqual(new Set([USER_AGENT]));

    const denials = harness.logs.filter((line) => line.msg === 'fetch refused by robots.txt');
    expect(denials).toHaveLength(2);
    expect(denials[0]).toMatchObject({ kind: 'robots-disallowed', url: site.url('/feed.xml') });
    const metrics = await harness.metrics.registry.metrics();
    const host = new URL(site.origin).host;
    expect(metrics).toContain(
      `newsflow_fetch_robots_denials_total{host="${host}",kind="robots-disallowed",service="feed-ingestion"} 2`,
    );
    expect(metrics).toContain(
      `newsflow_fetch_requests_total{host="${host}",purpose="robots",outcome="ok",service="feed-ingestion"} 1`,
    );
    expect(metrics).toContain(
      `newsflow_fetch_requests_total{host="${host}",purpose="document",outcome="ok",service="feed-ingestion"} 1`,
    );
    expect(metrics).toMatch(
      /newsflow_fetch_host_wait_seconds_count\{[^}]*purpose="document"[^}]*\} 1/,
    );
  });

  it('treats robots.txt 503 as "disallow all" and 404 as "allow all"', async () => {
    site.robots = { kind: 'status', status: 503 };
    start();
    const failure = await fetchFailure(
      harness.fetcher.fetch(site.url('/feed.xml'), { kind: 'feed' }),
    );
    expect(failure.kind).toBe('robots-unreachable');
    expect(failure.message).toContain('503');
    await harness.close();

    site.robots = { kind: 'status', status: 404 };
    start();
    const feed = await harness.fetcher.fetch(site.url('/feed.xml'), { kind: 'feed' });
    expect(feed.status).toBe(200);
  });

  it('spaces request starts on a host by its Crawl-delay, across feeds and pages', async () => {
    site.robots = { kind: 'text', body: 'User-agent: *\nCrawl-delay: 0.4\n' };
    start({ FETCH_HOST_MIN_DELAY_MS: '50', FETCH_HOST_MAX_CONCURRENCY: '4' });
    await Promise.all([
      harness.fetcher.fetch(site.url('/feed.xml'), { kind: 'feed' }),
      harness.fetcher.fetch(site.url('/news/1'), { kind: 'page' }),
      harness.fetcher.fetch(site.url('/news/2'), { kind: 'page' }),
      harness.fetcher.fetch(site.url('/news/3'), { kind: 'page' }),
    ]);
    // robots.txt once, then the documents in the order they were asked for.
    expect(site.requests.map((r) => r.path)).toEqual([
      '/robots.txt',
      '/feed.xml',
      '/news/1',
      '/news/2',
      '/news/3',
    ]);
    // 400 ms apart (timer tolerance 30 ms), not bunched together although 4 slots were free.
    for (const gap of gaps(startsOf(site))) expect(gap).toBeGreaterThanOrEqual(370);
  });

  it('caps a hostile Crawl-delay at FETCH_MAX_CRAWL_DELAY_SECONDS', async () => {
    site.robots = { kind: 'text', body: 'User-agent: *\nCrawl-delay: 86400\n' };
    start({ FETCH_MAX_CRAWL_DELAY_SECONDS: '1' });
    const started = Date.now();
    await harness.fetcher.fetch(site.url('/news/1'), { kind: 'page' });
    await harness.fetcher.fetch(site.url('/news/2'), { kind: 'page' });
    const [gapToFirst = 0, gapToSecond = 0] = gaps(startsOf(site));
    expect(gapToFirst).toBeGreaterThanOrEqual(970);
    expect(gapToSecond).toBeGreaterThanOrEqual(970);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('keeps at most FETCH_HOST_MAX_CONCURRENCY requests in flight on a host', async () => {
    start({ FETCH_HOST_MAX_CONCURRENCY: '2' });
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        harness.fetcher.fetch(site.url(`/news/${i}?slow=150`), { kind: 'page' }),
      ),
    );
    expect(site.requests).toHaveLength(7);
    expect(site.peakConcurrency()).toBe(2);
  });

  it("applies the robots.txt of a redirect's target origin to that hop", async () => {
    const other = await startHostileSite('127.0.0.1');
    try {
      other.robots = { kind: 'text', body: 'User-agent: *\nDisallow: /private/\n' };
      start();
      const target = other.url('/private/story');
      const failure = await fetchFailure(
        harness.fetcher.fetch(site.url(`/redirect?to=${encodeURIComponent(target)}`), {
          kind: 'page',
        }),
      );
      expect(failure.kind).toBe('robots-disallowed');
      expect(failure.message).toContain(target);
      expect(other.requests.map((r) => r.path)).toEqual(['/robots.txt']);
    } finally {
      await other.close();
    }
  });

  it("fails 'host-busy' rather than queueing past FETCH_HOST_MAX_WAIT_MS", async () => {
    start({ FETCH_HOST_MIN_DELAY_MS: '1000', FETCH_HOST_MAX_WAIT_MS: '300' });
    // robots.txt takes the first turn; the feed's turn would come 1 s later.
    const failure = await fetchFailure(
      harness.fetcher.fetch(site.url('/feed.xml'), { kind: 'feed' }),
    );
    expect(failure.kind).toBe('host-busy');
    expect(failure.retryAfterSeconds).toBe(1);
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt']);
  });
});
