import { blanketRobotsRules, parseRobotsRules } from './robots-rules';

const ROBOTS_URL = 'https://news.example/robots.txt';

describe('parseRobotsRules', () => {
  it('applies the most specific rule for our token, with wildcards and $', () => {
    const rules = parseRobotsRules(
      ROBOTS_URL,
      [
        'User-agent: Newsflow',
        'Disallow: /',
        'Allow: /news/',
        'Disallow: /news/*.pdf$',
        'Sitemap: https://news.example/sitemap.xml',
      ].join('\n'),
      'newsflow',
      'robots.txt fetched',
    );
    expect(rules.isAllowed('https://news.example/news/2025/a.html')).toBe(true);
    expect(rules.isAllowed('https://news.example/news/report.pdf')).toBe(false);
    expect(rules.isAllowed('https://news.example/news/report.pdf?x=1')).toBe(true);
    expect(rules.isAllowed('https://news.example/about')).toBe(false);
    expect(rules.sitemaps).toEqual(['https://news.example/sitemap.xml']);
  });

  it('falls back to the * group and reads Crawl-delay', () => {
    const rules = parseRobotsRules(
      ROBOTS_URL,
      'User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\nCrawl-delay: 2.5',
      'newsflow',
      'robots.txt fetched',
    );
    expect(rules.isAllowed('https://news.example/search?q=x')).toBe(false);
    expect(rules.isAllowed('https://news.example/story')).toBe(true);
    expect(rules.crawlDelaySeconds).toBe(2.5);
  });

  it('ignores a nonsense Crawl-delay', () => {
    const rules = parseRobotsRules(ROBOTS_URL, 'User-agent: *\nCrawl-delay: soon', 'newsflow', '');
    expect(rules.crawlDelaySeconds).toBeUndefined();
  });

  it('survives garbage and binary input as "no rules"', () => {
    const rules = parseRobotsRules(
      ROBOTS_URL,
      '\u0000\uFFFD<html>oops</html>\n::::',
      'newsflow',
      '',
    );
    expect(rules.isAllowed('https://news.example/x')).toBe(true);
  });

  it('keeps a hostile wildcard pattern cheap to evaluate', () => {
    const hostile = `User-agent: *\nDisallow: /${'*a'.repeat(200_000)}b\n`;
    const rules = parseRobotsRules(ROBOTS_URL, hostile, 'newsflow', '');
    const url = `https://news.example/${'a'.repeat(3000)}`;
    const started = process.hrtime.bigint();
    for (let i = 0; i < 5; i += 1) rules.isAllowed(url);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(ms).toBeLessThan(2000);
  });
});

describe('blanketRobotsRules', () => {
  it('allows or refuses everything', () => {
    expect(blanketRobotsRules('allow-all', '404').isAllowed('https://a.example/x')).toBe(true);
    expect(blanketRobotsRules('unreachable', '503').isAllowed('https://a.example/x')).toBe(false);
  });
});
