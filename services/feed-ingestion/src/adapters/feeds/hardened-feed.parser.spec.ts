import { gzipSync } from 'node:zlib';
import { loadFeedIngestionConfig } from '../../config/feed-ingestion.config';
import { HardenedFeedParser } from './hardened-feed.parser';

const now = new Date('2026-03-02T12:00:00Z');
const url = 'https://news.example/sitemap.xml.gz';
const sitemap = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/a</loc><lastmod>2026-03-02T10:00:00Z</lastmod></url></urlset>`;
const parser = new HardenedFeedParser(loadFeedIngestionConfig({ FEED_MAX_BYTES: '100000' }));

describe('HardenedFeedParser', () => {
  it('inflates a body that is itself a gzip file (sitemap.xml.gz)', async () => {
    const bytes = gzipSync(Buffer.from(sitemap));
    const result = await parser.parse({ text: bytes.toString('latin1'), bytes, url }, now);
    expect(result).toMatchObject({ ok: true, feed: { format: 'sitemap' } });
    expect(result.ok && result.feed.items.map((item) => item.url)).toEqual([
      'https://news.example/a',
    ]);
  });

  it('stops a gzip bomb at the feed size cap', async () => {
    const bytes = gzipSync(Buffer.alloc(5_000_000, 0x20));
    expect(bytes.length).toBeLessThan(10_000);
    const result = await parser.parse({ text: '', bytes, url }, now);
    expect(result).toMatchObject({ ok: false, kind: 'feed-too-large' });
  });

  it('classifies a corrupt gzip body and a gzip body that arrived as text only', async () => {
    const corrupt = gzipSync(Buffer.from(sitemap)).subarray(0, 30);
    expect(await parser.parse({ text: '', bytes: corrupt, url }, now)).toMatchObject({
      ok: false,
      kind: 'feed-malformed',
    });
    const asText = new TextDecoder().decode(gzipSync(Buffer.from(sitemap)));
    expect(await parser.parse({ text: asText, url }, now)).toMatchObject({
      ok: false,
      kind: 'feed-malformed',
      message: expect.stringContaining('gzip') as unknown,
    });
  });

  it('passes plain bodies through and reports parse errors by kind', async () => {
    expect(await parser.parse({ text: sitemap, url }, now)).toMatchObject({ ok: true });
    expect(await parser.parse({ text: '<!DOCTYPE x><urlset/>', url }, now)).toMatchObject({
      ok: false,
      kind: 'feed-xml-dtd-forbidden',
    });
  });
});
