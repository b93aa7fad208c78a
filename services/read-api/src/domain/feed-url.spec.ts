import { canonicalFeedUrl, feedIdOf, feedUrlFromReference, feedUrlOf } from './feed-url';

describe('canonicalFeedUrl', () => {
  it('lower-cases the host, drops the default port and fragment, keeps query and slash', () => {
    expect(canonicalFeedUrl(' HTTPS://News.Example.ORG:443/feed/?ref=rss&b=2#top ')).toEqual({
      ok: true,
      url: 'https://news.example.org/feed/?ref=rss&b=2',
    });
    expect(canonicalFeedUrl('http://example.org')).toEqual({
      ok: true,
      url: 'http://example.org/',
    });
  });

  it('refuses other schemes, credentials, relative and oversized URLs, and spaces', () => {
    const reason = (raw: string): string => {
      const result = canonicalFeedUrl(raw);
      return result.ok ? 'accepted' : result.reason;
    };
    expect(reason('ftp://example.org/feed')).toMatch(/http or https/);
    expect(reason('javascript:alert(1)')).toMatch(/http or https/);
    expect(reason('file:///etc/passwd')).toMatch(/http or https/);
    expect(reason('https://user:secret@example.org/feed')).toMatch(/user name or password/);
    expect(reason('https://token@example.org/feed')).toMatch(/user name or password/);
    expect(reason('/feed.xml')).toMatch(/absolute/);
    expect(reason('')).toMatch(/empty/);
    expect(reason('https://example.org/a b')).toMatch(/spaces/);
    expect(reason('https://example.org/\u0000')).toMatch(/control/);
    expect(reason(`https://example.org/${'a'.repeat(2100)}`)).toMatch(/longer than 2048/);
  });
});

describe('feed ids', () => {
  it('round-trip any feed URL through a URL-safe id', () => {
    const url = 'https://example.org/feeds/all.xml?lang=fr&x=é';
    const id = feedIdOf(url);
    expect(id).toMatch(/^feed_[A-Za-z0-9_-]+$/);
    expect(feedUrlOf(id)).toBe(url);
    expect(feedIdOf(url)).toBe(id);
  });

  it('refuse ids that are not base64url of an http(s) URL', () => {
    expect(feedUrlOf('feed_')).toBeNull();
    expect(feedUrlOf('art_0123456789abcdef')).toBeNull();
    expect(feedUrlOf(feedIdOf('javascript:alert(1)'))).toBeNull();
    expect(feedUrlOf('feed_aHR0cHM6Ly9leGFtcGxlLm9yZw==')).toBeNull();
    expect(feedUrlOf(`feed_${'A'.repeat(3000)}`)).toBeNull();
  });

  it('resolve an operator reference given as id or as URL', () => {
    const id = feedIdOf('https://example.org/feed');
    expect(feedUrlFromReference(id)).toBe('https://example.org/feed');
    expect(feedUrlFromReference('https://EXAMPLE.org/feed#x')).toBe('https://example.org/feed');
    expect(feedUrlFromReference('not a url')).toBeNull();
  });
});
