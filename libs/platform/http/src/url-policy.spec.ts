import { AddressPolicy } from './address-policy';
import type { SafeHttpError } from './safe-http-error';
import { validateFetchUrl } from './url-policy';

function failureKind(input: string, policy = new AddressPolicy()): string | undefined {
  try {
    validateFetchUrl(input, policy);
    return undefined;
  } catch (error) {
    return (error as SafeHttpError).kind;
  }
}

describe('validateFetchUrl', () => {
  it('accepts public http and https URLs', () => {
    expect(validateFetchUrl('https://example.com/feed.xml', new AddressPolicy()).href).toBe(
      'https://example.com/feed.xml',
    );
    expect(failureKind('http://93.184.216.34/')).toBeUndefined();
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.com/',
    'gopher://x/',
    'data:,hi',
    'javascript:alert(1)',
  ])('refuses the scheme of %s', (input) => {
    expect(failureKind(input)).toBe('blocked-scheme');
  });

  it('reports unparseable input as invalid-url', () => {
    expect(failureKind('not a url')).toBe('invalid-url');
    expect(failureKind('http://')).toBe('invalid-url');
  });

  it.each([
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f.1/',
    'http://0x7f000001/',
    'http://127.1/',
    'http://127.0.0.1/',
  ])('normalises %s to 127.0.0.1 and blocks it', (input) => {
    expect(new URL(input).hostname).toBe('127.0.0.1');
    expect(failureKind(input)).toBe('blocked-address');
  });

  it.each([
    'http://[::1]:8080/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0/',
    'http://10.0.0.1/',
    'https://[fd00::1]/',
  ])('blocks the non-public literal %s', (input) => {
    expect(failureKind(input)).toBe('blocked-address');
  });

  it('lets an allowlisted loopback through, including its IPv4-mapped spelling', () => {
    const policy = new AddressPolicy({ allowedAddresses: ['127.0.0.1'] });
    expect(failureKind('http://0177.0.0.1:8080/', policy)).toBeUndefined();
    expect(failureKind('http://[::ffff:127.0.0.1]/', policy)).toBeUndefined();
    expect(failureKind('http://[::1]/', policy)).toBe('blocked-address');
  });

  it('resolves relative locations against the current hop', () => {
    const url = validateFetchUrl('../b?x=1', new AddressPolicy(), 'https://example.com/a/c/d');
    expect(url.href).toBe('https://example.com/a/b?x=1');
  });
});
