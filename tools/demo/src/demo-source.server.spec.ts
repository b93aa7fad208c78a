import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import {
  DEMO_SITE_DIR,
  loadDemoExpectations,
  startDemoSource,
  type DemoSource,
} from './demo-source.server';

const expectations = loadDemoExpectations();
const siteFile = (urlPath: string): string =>
  readFileSync(path.join(DEMO_SITE_DIR, urlPath), 'utf8');

// fetch normalises `..` and percent-escapes away; a raw request sends the target as written.
function rawStatus(baseUrl: string, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/`, { path: target, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo source server', () => {
  let source: DemoSource;

  beforeAll(async () => {
    source = await startDemoSource({ port: 0 });
  });

  afterAll(async () => {
    await source.close();
  });

  it('binds a random loopback port and refuses other addresses', async () => {
    expect(source.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(source.feedUrl).toBe(`${source.baseUrl}${expectations.feedPath}`);
    await expect(startDemoSource({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('serves the feed with the base URL substituted and one link per expected item', async () => {
    const response = await fetch(source.feedUrl);
    const feed = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(feed).not.toContain('{{BASE_URL}}');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toEqual([
      source.feedUrl,
      ...expectations.items.map((item) => `${source.baseUrl}${item.path}`),
    ]);
  });

  it.each(expectations.items.map((item) => [item.path, item.contentType] as const))(
    'serves %s as %s with the base URL substituted',
    async (urlPath, contentType) => {
      const response = await fetch(`${source.baseUrl}${urlPath}`);
      const page = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`${contentType}; charset=utf-8`);
      expect(page).not.toContain('{{BASE_URL}}');
      // canonical (Harbour Courier) or og:url (Northgate Post); the text page has no self link.
      if (contentType === 'text/html') expect(page).toContain(`="${source.baseUrl}${urlPath}"`);
    },
  );

  it('answers 304 to a matching If-None-Match and 200 to a stale one', async () => {
    const first = await fetch(source.feedUrl);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await fetch(source.feedUrl, {
      headers: { 'if-none-match': `"stale", W/${etag!}` },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    const stale = await fetch(source.feedUrl, { headers: { 'if-none-match': '"stale"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  it('answers 404 for a safe path with no file, and 405 for writes', async () => {
    const missing = await fetch(`${source.baseUrl}/harbour-courier/no-such-story.html`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
    const post = await fetch(source.feedUrl, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    await post.arrayBuffer();
  });

  it.each([
    '/../package.json',
    '/harbour-courier/../../../package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/expected.json',
    '/feed.xml/..',
    '//etc/passwd',
    '/Feed.xml',
    '/harbour-courier\\..\\expected.json',
  ])('refuses the unsafe path %s', async (target) => {
    expect(await rawStatus(source.baseUrl, target)).toBe(400);
  });
});

describe('demo expectations', () => {
  it('quote every paragraph verbatim from the file the body is read from', () => {
    for (const item of expectations.items) {
      const file = siteFile(item.path);
      const feed = siteFile(expectations.feedPath);
      for (const paragraph of item.paragraphs) {
        expect(file).toContain(paragraph);
        if (item.fullTextInFeed) expect(feed).toContain(`<p>${paragraph}</p>`);
      }
    }
  });

  it('give the three AFP copies word-for-word identical bodies on different outlets', () => {
    const copies = expectations.items.filter((item) => item.syndicatedAfpCopy);
    expect(copies).toHaveLength(3);
    expect(new Set(copies.map((copy) => copy.path.split('/')[1])).size).toBe(3);
    expect(copies.every((copy) => copy.agency === 'AFP')).toBe(true);
    for (const copy of copies) expect(copy.paragraphs).toEqual(copies[0]!.paragraphs);
    expect(expectations.items.filter((item) => item.afpHardNegative)).toHaveLength(2);
  });

  it('lay out the plain-text copy as a scraped page: blank line, body, credit, glued headlines', () => {
    const copy = expectations.items.find((item) => item.contentType === 'text/plain')!;
    const lines = siteFile(copy.path).split('\n');
    expect(lines.slice(0, copy.paragraphs.length + 2)).toEqual([
      '',
      ...copy.paragraphs,
      'Source: AFP',
    ]);
    expect(
      lines.filter((line) => /\SGMT \d\d:\d\d 2026 \w+ ,\d+ March$/.test(line)).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('keep boilerplate names in the page chrome only, and introduce people by full name', () => {
    for (const item of expectations.items) {
      const body = item.paragraphs.join('\n');
      for (const name of item.boilerplateNames) {
        expect(siteFile(item.path)).toContain(name);
        expect(body).not.toContain(name);
      }
      for (const person of item.entities.people) expect(body).toContain(person);
    }
  });
});
