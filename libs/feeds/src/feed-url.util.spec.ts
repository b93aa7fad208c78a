import { resolveBaseUrl, resolveWebUrl } from './feed-url.util';

describe('resolveWebUrl', () => {
  it('resolves relative links against the base', () => {
    expect(resolveWebUrl(' ../b?x=1#y ', 'https://s.example/a/c/')).toBe(
      'https://s.example/a/b?x=1#y',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.example'])(
    'refuses %j',
    (raw) => {
      expect(resolveWebUrl(raw, 'https://s.example/')).toBeNull();
    },
  );

  it('returns null for relative links without a base and for non-strings', () => {
    expect(resolveWebUrl('/a', null)).toBeNull();
    expect(resolveWebUrl(undefined, 'https://s.example/')).toBeNull();
  });
});

describe('resolveBaseUrl', () => {
  it('nests relative xml:base values and ignores unusable ones', () => {
    const feedBase = resolveBaseUrl('https://s.example/blog/', 'https://feeds.example/f');

    expect(resolveBaseUrl('2024/', feedBase)).toBe('https://s.example/blog/2024/');
    expect(resolveBaseUrl('javascript:x', feedBase)).toBe(feedBase);
    expect(resolveBaseUrl(undefined, feedBase)).toBe(feedBase);
  });
});
