// WHATWG index-windows-1252 for 0x80–0x9F; every other byte maps to the same code point.
const C1_TO_UNICODE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((codePoint) => String.fromCharCode(codePoint));

/**
 * Node 20's TextDecoder decodes 'windows-1252' (and its aliases latin1, iso-8859-1, ascii) as
 * ISO-8859-1, turning curly quotes, dashes and € into control characters. Detected at load time
 * so the native decoder is used once the runtime gets it right.
 */
export const nativeWindows1252IsBroken =
  new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20ac';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => C1_TO_UNICODE[c.charCodeAt(0) - 0x80] ?? c);
}
