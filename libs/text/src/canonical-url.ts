import normalizeUrl from 'normalize-url';

/** Query parameters that only track the click, never select the content. */
export const TRACKING_PARAMETERS: readonly (string | RegExp)[] = [
  /^utm_\w+$/i,
  /^mc_(cid|eid)$/i,
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ocid',
  'cmpid',
  'ref',
  'ref_src',
  'smid',
  'sr_share',
];

/**
 * The URL two copies of the same page share: lower-cased host, default port and fragment
 * dropped, tracking parameters removed, remaining parameters sorted. Returns null for anything
 * that is not an absolute http(s) URL.
 */
export function canonicaliseUrl(raw: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normalizeUrl(parsed.href, {
    stripHash: true,
    stripWWW: false,
    removeQueryParameters: [...TRACKING_PARAMETERS],
    sortQueryParameters: true,
    removeTrailingSlash: true,
    removeSingleSlash: true,
    stripTextFragment: true,
  });
}
