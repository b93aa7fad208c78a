/** Encodings an OPML file may declare that we decode; anything else is read as UTF-8. */
const SUPPORTED = new Set(['utf-8', 'utf8', 'iso-8859-1', 'latin1', 'windows-1252', 'us-ascii']);

/**
 * The text of an uploaded OPML file: a byte-order mark wins, then the XML declaration's
 * `encoding` (older exporters write ISO-8859-1), else UTF-8. Undecodable bytes become U+FFFD
 * rather than failing the whole import.
 */
export function decodeOpmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head)?.[1];
  const label = declared?.toLowerCase();
  return new TextDecoder(label !== undefined && SUPPORTED.has(label) ? label : 'utf-8').decode(
    bytes,
  );
}
