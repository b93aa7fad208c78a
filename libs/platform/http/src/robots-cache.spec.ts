import { RobotsCache } from './robots-cache';
import type { RobotsFetchOutcome } from './robots-policy';

function fakeSite(answers: Record<string, RobotsFetchOutcome>) {
  const asked: string[] = [];
  return {
    asked,
    fetchRobots: async (robotsUrl: string): Promise<RobotsFetchOutcome> => {
      asked.push(robotsUrl);
      await Promise.resolve();
      return answers[robotsUrl] ?? { kind: 'status', status: 404 };
    },
  };
}

const RULES = [
  'User-agent: *',
  'Disallow: /private/',
  '',
  'User-agent: newsflow',
  'Disallow: /paywall/',
  'Crawl-delay: 5',
].join('\n');

describe('RobotsCache', () => {
  it('fetches robots.txt once per origin for concurrent callers and applies our group', async () => {
    const site = fakeSite({ 'https://news.example/robots.txt': { kind: 'fetched', text: RULES } });
    const cache = new RobotsCache({ productToken: 'newsflow', fetchRobots: site.fetchRobots });
    const [a, b] = await Promise.all([
      cache.rulesFor(new URL('https://news.example/paywall/1')),
      cache.rulesFor(new URL('https://news.example/news/1')),
    ]);
    expect(site.asked).toEqual(['https://news.example/robots.txt']);
    expect(a).toBe(b);
    expect(a.isAllowed('https://news.example/paywall/1')).toBe(false);
    // Our own group replaces `*`: /private/ is not ours to avoid (RFC 9309 §2.2.1).
    expect(a.isAllowed('https://news.example/private/1')).toBe(true);
    expect(a.crawlDelaySeconds).toBe(5);
  });

  it('keys by origin: scheme, host and port', async () => {
    const site = fakeSite({});
    const cache = new RobotsCache({ productToken: 'newsflow', fetchRobots: site.fetchRobots });
    for (const url of ['https://a.example/x', 'http://a.example/x', 'https://a.example:8443/x']) {
      await cache.rulesFor(new URL(url));
    }
    expect(site.asked).toEqual([
      'https://a.example/robots.txt',
      'http://a.example/robots.txt',
      'https://a.example:8443/robots.txt',
    ]);
  });

  it('asks again after the 24 h TTL, and after 10 min when robots.txt was unreachable', async () => {
    let now = 0;
    const site = fakeSite({
      'https://ok.example/robots.txt': { kind: 'fetched', text: RULES },
      'https://down.example/robots.txt': { kind: 'status', status: 503 },
    });
    const cache = new RobotsCache({
      productToken: 'newsflow',
      fetchRobots: site.fetchRobots,
      now: () => now,
    });
    const down = await cache.rulesFor(new URL('https://down.example/a'));
    expect(down.mode).toBe('unreachable');
    expect(down.isAllowed('https://down.example/a')).toBe(false);
    await cache.rulesFor(new URL('https://ok.example/a'));
    now = 11 * 60 * 1000;
    await cache.rulesFor(new URL('https://ok.example/a'));
    await cache.rulesFor(new URL('https://down.example/a'));
    now = 25 * 60 * 60 * 1000;
    await cache.rulesFor(new URL('https://ok.example/a'));
    expect(site.asked).toEqual([
      'https://down.example/robots.txt',
      'https://ok.example/robots.txt',
      'https://down.example/robots.txt',
      'https://ok.example/robots.txt',
    ]);
  });

  it('allows everything when robots.txt is missing', async () => {
    const cache = new RobotsCache({
      productToken: 'newsflow',
      fetchRobots: fakeSite({}).fetchRobots,
    });
    const rules = await cache.rulesFor(new URL('https://a.example/'));
    expect(rules).toMatchObject({ mode: 'allow-all', reason: 'robots.txt answered 404' });
    expect(rules.isAllowed('https://a.example/anything')).toBe(true);
  });

  it('does not cache a failure that says nothing about the site', async () => {
    let calls = 0;
    const cache = new RobotsCache({
      productToken: 'newsflow',
      fetchRobots: () => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('queue full'));
        return Promise.resolve({ kind: 'status', status: 404 });
      },
    });
    await expect(cache.rulesFor(new URL('https://a.example/'))).rejects.toThrow('queue full');
    await expect(cache.rulesFor(new URL('https://a.example/'))).resolves.toMatchObject({
      mode: 'allow-all',
    });
  });

  it('keeps at most maxOrigins, dropping the least recently used', async () => {
    const site = fakeSite({});
    const cache = new RobotsCache({
      productToken: 'newsflow',
      fetchRobots: site.fetchRobots,
      maxOrigins: 2,
    });
    await cache.rulesFor(new URL('https://a.example/'));
    await cache.rulesFor(new URL('https://b.example/'));
    await cache.rulesFor(new URL('https://a.example/')); // a is now the most recent
    await cache.rulesFor(new URL('https://c.example/')); // drops b
    expect(cache.size).toBe(2);
    await cache.rulesFor(new URL('https://a.example/'));
    await cache.rulesFor(new URL('https://b.example/'));
    expect(site.asked).toEqual([
      'https://a.example/robots.txt',
      'https://b.example/robots.txt',
      'https://c.example/robots.txt',
      'https://b.example/robots.txt',
    ]);
  });
});
