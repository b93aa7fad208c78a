import { isIP } from 'node:net';

import type { AddressPolicy } from './address-policy';
import { SafeHttpError } from './safe-http-error';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** The host as a socket would see it: IPv6 literals lose their brackets. */
export function socketHostname(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Parses and vets a URL before any connection is attempted. WHATWG parsing already turns decimal,
 * octal, hex and short IPv4 spellings into dotted quads, so an IP literal is always caught here;
 * names are vetted later, at DNS lookup and again on the connected socket.
 */
export function validateFetchUrl(input: string | URL, policy: AddressPolicy, base?: string): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch (cause) {
    throw new SafeHttpError('invalid-url', `Not a valid URL: ${String(input)}`, { cause });
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    throw new SafeHttpError('blocked-scheme', `Scheme ${url.protocol} is not fetched`, {
      url: url.href,
    });
  }
  const host = socketHostname(url);
  if (host === '') throw new SafeHttpError('invalid-url', 'URL has no host', { url: url.href });
  if (isIP(host) !== 0) policy.assertAllowed(host, host, url.href);
  return url;
}
