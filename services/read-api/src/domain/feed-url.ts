/** Longest feed URL accepted; longer ones are almost always tracking junk or an attack. */
export const MAX_FEED_URL_LENGTH = 2048;

export const FEED_ID_PREFIX = 'feed_';
/** `feed_` + base64url of the feed URL: URL-safe, stable, and decodable without a look-up table. */
export const FEED_ID_PATTERN = /^feed_[A-Za-z0-9_-]{8,2800}$/;

export type FeedUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/**
 * The form a feed URL is registered under: WHATWG-parsed (host lower-cased, default port and
 * fragment dropped, path dots resolved), http(s) only, no credentials. Unlike the article
 * canonicaliser in libs/text it keeps every query parameter and the trailing slash: on a feed
 * URL `ref`, `cmpid` or `?format=rss` can select what the server returns.
 */
export function canonicalFeedUrl(raw: string): FeedUrlResult {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, reason: 'is empty' };
  if (text.length > MAX_FEED_URL_LENGTH)
    return { ok: false, reason: `is longer than ${MAX_FEED_URL_LENGTH} characters` };
  // Control characters and spaces inside a URL are silently dropped or escaped by the URL
  // parser, so the stored URL would differ from what the operator pasted.
  if (hasSpaceOrControl(text))
    return { ok: false, reason: 'contains spaces or control characters' };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, reason: 'is not an absolute URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, reason: `must be http or https, not ${parsed.protocol.slice(0, 20)}` };
  // Credentials would be stored in clear, listed to every read key and sent on every poll.
  if (parsed.username !== '' || parsed.password !== '')
    return { ok: false, reason: 'must not carry a user name or password' };
  if (parsed.hostname === '') return { ok: false, reason: 'has no host' };
  parsed.hash = '';
  if (parsed.href.length > MAX_FEED_URL_LENGTH)
    return { ok: false, reason: `is longer than ${MAX_FEED_URL_LENGTH} characters` };
  return { ok: true, url: parsed.href };
}

export function feedIdOf(url: string): string {
  return FEED_ID_PREFIX + Buffer.from(url, 'utf8').toString('base64url');
}

/**
 * The feed URL an id stands for, or null when the id is not one this API hands out. Any http(s)
 * URL is accepted, not only canonical ones: feeds registered from FEED_URLS keep their spelling.
 */
export function feedUrlOf(id: string): string | null {
  if (!FEED_ID_PATTERN.test(id)) return null;
  const url = Buffer.from(id.slice(FEED_ID_PREFIX.length), 'base64url').toString('utf8');
  // Round-trip check: rejects ids with padding bits set or bytes that are not UTF-8.
  if (feedIdOf(url) !== id) return null;
  return /^https?:\/\/[^\s]+$/i.test(url) && url.length <= MAX_FEED_URL_LENGTH ? url : null;
}

/** An operator's reference to a feed, by id or by URL, as the URL it names (null if neither). */
export function feedUrlFromReference(reference: string): string | null {
  if (reference.startsWith(FEED_ID_PREFIX)) return feedUrlOf(reference);
  const canonical = canonicalFeedUrl(reference);
  return canonical.ok ? canonical.url : null;
}

function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || /\s/.test(text.charAt(i))) return true;
  }
  return false;
}
