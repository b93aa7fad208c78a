import { ConfigError } from '@newsflow/platform-config';
import { loadFeedIngestionConfig } from './feed-ingestion.config';

describe('loadFeedIngestionConfig: User-Agent and politeness', () => {
  it('defaults to an identifying User-Agent and a 2-request, 1 s budget per host', () => {
    const { fetch } = loadFeedIngestionConfig({});
    expect(fetch.userAgent).toMatch(/^Newsflow\/0\.1 \(/);
    expect(fetch.politeness).toEqual({
      maxConcurrencyPerHost: 2,
      minDelayMs: 1000,
      maxCrawlDelayMs: 60_000,
      maxWaitMs: 60_000,
    });
  });

  it('builds the User-Agent from the operator contact', () => {
    const { fetch } = loadFeedIngestionConfig({
      FETCH_CONTACT_URL: 'https://newsroom.example/bot',
    });
    expect(fetch.userAgent).toBe('Newsflow/0.1 (+https://newsroom.example/bot)');
  });

  it('takes a full FETCH_USER_AGENT over the contact', () => {
    const { fetch } = loadFeedIngestionConfig({
      FETCH_USER_AGENT: 'NewsroomBot/2.0 (+mailto:ops@newsroom.example)',
      FETCH_CONTACT_URL: 'https://ignored.example/',
    });
    expect(fetch.userAgent).toBe('NewsroomBot/2.0 (+mailto:ops@newsroom.example)');
  });

  it('reads the budget settings', () => {
    const { fetch } = loadFeedIngestionConfig({
      FETCH_HOST_MAX_CONCURRENCY: '4',
      FETCH_HOST_MIN_DELAY_MS: '0',
      FETCH_MAX_CRAWL_DELAY_SECONDS: '30',
      FETCH_HOST_MAX_WAIT_MS: '5000',
    });
    expect(fetch.politeness).toEqual({
      maxConcurrencyPerHost: 4,
      minDelayMs: 0,
      maxCrawlDelayMs: 30_000,
      maxWaitMs: 5000,
    });
  });

  it.each([
    ['FETCH_USER_AGENT', ''],
    ['FETCH_USER_AGENT', '   '],
    ['FETCH_USER_AGENT', 'Bot/1\r\nX-Injected: 1'],
    ['FETCH_USER_AGENT', '(compatible; bot)'],
    ['FETCH_CONTACT_URL', 'call me maybe'],
    ['FETCH_HOST_MAX_CONCURRENCY', '0'],
    ['FETCH_HOST_MIN_DELAY_MS', '-1'],
    ['FETCH_MAX_CRAWL_DELAY_SECONDS', '0'],
  ])('refuses %s=%p', (name, value) => {
    expect(() => loadFeedIngestionConfig({ [name]: value })).toThrow(ConfigError);
  });
});
