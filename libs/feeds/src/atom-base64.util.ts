import { cleanText } from './clean-text.util';

// Checked on the text without whitespace; the classes do not overlap, so matching is linear.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// Atom 0.3 (2003) text constructs with mode="base64"; the mode attribute never reaches our
// mapper, so the text is decoded before parsing. The close tag must repeat the open tag's name.
const ATOM03_BASE64_ELEMENT =
  /<((?:[\w.-]+:)?(?:title|tagline|summary|content|copyright|info))(?=[\s>/])([^<>]*?)\smode\s*=\s*(["'])base64\3([^<>]*)>([A-Za-z0-9+/=\s]*)<\/\1\s*>/g;

/**
 * Text of a base64 payload, or null when it is not base64 or does not decode to UTF-8 text (a
 * real binary attachment: an image or a video has nothing for a newsroom to read).
 */
export function decodeBase64Text(value: string | null | undefined): string | null {
  const compact = value?.replace(/\s+/g, '') ?? '';
  if (compact.length % 4 === 1 || !BASE64.test(compact)) return null;
  const bytes = Buffer.from(compact, 'base64');
  try {
    return cleanText(strictUtf8.decode(bytes));
  } catch {
    return null;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Rewrites Atom 0.3 `mode="base64"` elements to their decoded, XML-escaped text. */
export function decodeAtom03Base64(xml: string): string {
  if (!/\smode\s*=\s*["']base64/i.test(xml)) return xml;
  return xml.replace(
    ATOM03_BASE64_ELEMENT,
    (whole, name: string, before: string, _quote: string, after: string, payload: string) => {
      const text = decodeBase64Text(payload);
      return text === null ? whole : `<${name}${before}${after}>${escapeXml(text)}</${name}>`;
    },
  );
}
