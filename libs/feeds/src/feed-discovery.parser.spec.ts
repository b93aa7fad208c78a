import { readFixture } from './__fixtures__/feed-fixtures';
import { discoverFeeds } from './feed-discovery.parser';

describe('discoverFeeds', () => {
  it('lists advertised feeds as absolute URLs, honouring <base>, deduplicated, in order', () => {
    expect(
      discoverFeeds(readFixture('discovery-page.html'), 'https://mag.example/section/page'),
    ).toEqual([
      'https://mag.example/magazine/feed.rss',
      'https://cdn.example/atom.xml',
      'https://mag.example/feed.json',
      'https://mag.example/magazine/feed.json?v=1',
    ]);
  });

  it('resolves against the page URL when there is no <base>', () => {
    const html = '<link rel="alternate" type="application/atom+xml" href="../atom">';

    expect(discoverFeeds(html, 'https://site.example/blog/post')).toEqual([
      'https://site.example/atom',
    ]);
  });

  it('returns nothing for pages without feed links or without a usable page URL', () => {
    expect(
      discoverFeeds('<html><head><title>x</title></head></html>', 'https://x.example/'),
    ).toEqual([]);
    expect(
      discoverFeeds('<link rel="alternate" type="application/rss+xml" href="/rss">', 'not a url'),
    ).toEqual([]);
  });

  it('reads only the first maxChars characters', () => {
    const html = `${' '.repeat(100)}<link rel="alternate" type="application/rss+xml" href="https://x.example/rss">`;

    expect(discoverFeeds(html, 'https://x.example/', { maxChars: 50 })).toEqual([]);
    expect(discoverFeeds(html, 'https://x.example/')).toEqual(['https://x.example/rss']);
  });
});
