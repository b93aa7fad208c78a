import { canonicaliseUrl } from './canonical-url';

describe('canonicaliseUrl', () => {
  it('drops tracking parameters, fragments and default ports, and sorts the rest', () => {
    expect(
      canonicaliseUrl(
        'HTTPS://News.Example.com:443/world/story-1?utm_source=x&b=2&fbclid=abc&a=1#comments',
      ),
    ).toBe('https://news.example.com/world/story-1?a=1&b=2');
  });

  it('treats two tracked copies of one URL as equal', () => {
    const a = canonicaliseUrl('http://example.org/a/?gclid=1');
    const b = canonicaliseUrl('http://example.org/a?utm_medium=rss&utm_campaign=feed');
    expect(a).toBe(b);
  });

  it('keeps parameters that select content', () => {
    expect(canonicaliseUrl('https://example.org/view?id=42')).toBe(
      'https://example.org/view?id=42',
    );
  });

  it('rejects non-http schemes and garbage', () => {
    expect(canonicaliseUrl('javascript:alert(1)')).toBeNull();
    expect(canonicaliseUrl('file:///etc/passwd')).toBeNull();
    expect(canonicaliseUrl('not a url')).toBeNull();
  });
});
