/** The caching headers of a response, as received (null when absent). */
export interface CacheHeaders {
  readonly cacheControl: string | null;
  readonly expires: string | null;
  /** The response's Date header: Expires is relative to the server's clock, not ours. */
  readonly date: string | null;
}

/** How long the server says its answer stays fresh, and which header said so. */
export interface Freshness {
  readonly seconds: number;
  /** "cache-control max-age 600s" or "expires in 600s". */
  readonly rule: string;
}

// Longer headers are garbage or an attack; real ones are a few dozen characters.
const MAX_HEADER_CHARS = 1024;

function directives(cacheControl: string): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const part of cacheControl.slice(0, MAX_HEADER_CHARS).split(',')) {
    const [name = '', ...rest] = part.split('=');
    const key = name.trim().toLowerCase();
    if (key === '' || map.has(key)) continue;
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    map.set(key, rest.length === 0 ? null : value);
  }
  return map;
}

/**
 * Freshness lifetime per RFC 9111 4.2.1, as a client (not a shared cache, so s-maxage does not
 * apply): max-age wins over Expires; no-store/no-cache, a bad max-age, an unparseable or past
 * Expires all mean "no promise", so polling is not held back.
 */
export function freshnessOf(headers: CacheHeaders, now: Date): Freshness | null {
  if (headers.cacheControl !== null) {
    const cc = directives(headers.cacheControl);
    if (cc.has('no-store') || cc.has('no-cache')) return null;
    const maxAge = cc.get('max-age');
    if (maxAge !== undefined) {
      if (maxAge === null || !/^\d{1,10}$/.test(maxAge)) return null;
      const seconds = Number(maxAge);
      return seconds > 0 ? { seconds, rule: `cache-control max-age ${seconds}s` } : null;
    }
  }
  if (headers.expires === null || headers.expires.length > MAX_HEADER_CHARS) return null;
  const expires = Date.parse(headers.expires);
  if (!Number.isFinite(expires)) return null;
  const served = headers.date === null ? Number.NaN : Date.parse(headers.date);
  const base = Number.isFinite(served) ? served : now.getTime();
  const seconds = Math.floor((expires - base) / 1000);
  return seconds > 0 ? { seconds, rule: `expires in ${seconds}s` } : null;
}
