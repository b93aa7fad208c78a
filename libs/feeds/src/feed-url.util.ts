import { cleanText } from './clean-text.util';

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

function parseUrl(raw: unknown, base: string | null): URL | null {
  const text = cleanText(raw);
  if (text === null) return null;
  try {
    return new URL(text, base ?? undefined);
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) URL for a link found in a feed, or null. Other schemes (javascript:, data:,
 * file:) are dropped because these URLs are later fetched and shown to readers.
 */
export function resolveWebUrl(raw: unknown, base: string | null): string | null {
  const url = parseUrl(raw, base);
  return url !== null && WEB_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** The base URL in force inside an element carrying xml:base (which may itself be relative). */
export function resolveBaseUrl(xmlBase: unknown, parentBase: string | null): string | null {
  return resolveWebUrl(xmlBase, parentBase) ?? parentBase;
}
