import { decodeWindows1252, nativeWindows1252IsBroken } from './windows-1252';

/** How far into a document an in-band declaration (<meta>, <?xml?>) is looked for. */
const SNIFF_BYTES = 2048;

const HEADER_CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i;
// Matches both <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x">.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i;

/** Canonical WHATWG encoding name for a label, or undefined if TextDecoder does not know it. */
export function resolveEncoding(label: string | undefined): string | undefined {
  if (label === undefined || label.trim() === '') return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType === undefined ? null : HEADER_CHARSET.exec(contentType);
  return resolveEncoding(match?.[1] ?? match?.[2]);
}

export function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Encoding declared inside the document: an XML declaration or an HTML <meta>. */
export function sniffDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES));
  const text = head.toString('latin1');
  const label = XML_ENCODING.exec(text)?.[1] ?? META_CHARSET.exec(text)?.[1];
  const encoding = resolveEncoding(label);
  // A document readable as ASCII cannot really be UTF-16, and x-user-defined is a browser quirk:
  // the HTML standard maps both declarations like this.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  if (encoding === 'x-user-defined') return 'windows-1252';
  return encoding;
}

/**
 * Picks the encoding of a fetched body. A byte-order mark wins over the header (as in the WHATWG
 * encoding standard: a BOM cannot be there by accident), then the Content-Type charset, then an
 * in-document declaration in the first 2 KB, then UTF-8.
 */
export function detectEncoding(bytes: Uint8Array, contentType: string | undefined): string {
  return (
    encodingFromBom(bytes) ??
    charsetFromContentType(contentType) ??
    sniffDeclaredEncoding(bytes) ??
    'utf-8'
  );
}

/** Decodes a body to a string; malformed bytes become U+FFFD, so the result is valid Unicode. */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  const encoding = detectEncoding(bytes, contentType);
  if (encoding === 'windows-1252' && nativeWindows1252IsBroken) return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}
