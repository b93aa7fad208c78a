// windows-1252 bytes 0x80-0x9F; the five bytes it leaves undefined are null. Browsers decode
// "iso-8859-1" as windows-1252, so feeds written that way arrive here with C1 controls instead.
const WINDOWS_1252_C1: readonly (string | null)[] = Array.from(
  '€?‚ƒ„…†‡ˆ‰Š‹Œ?Ž??‘’“”•–—˜™š›œ?žŸ',
  (char) => (char === '?' ? null : char),
);
const WINDOWS_1252_BYTE = new Map<string, number>(
  WINDOWS_1252_C1.flatMap((char, index) => (char === null ? [] : [[char, 0x80 + index] as const])),
);
const C1_CONTROL = /[\u0080-\u009f]/g;
// A UTF-8 lead byte followed by a continuation byte, both read as windows-1252 or latin-1: the
// fingerprint of UTF-8 text decoded with the wrong charset ("Ã©" for "é", "â€™" for "’").
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Runs of characters that each stand for one windows-1252 byte; mojibake lives inside such runs.
const BYTE_RUN = /[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2,}/g;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function redecodeRun(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i += 1) {
    const code = run.charCodeAt(i);
    bytes[i] = code <= 0xff ? code : (WINDOWS_1252_BYTE.get(run.charAt(i)) ?? 0);
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return run;
  }
}

/**
 * Undoes UTF-8 text that was decoded as windows-1252 or latin-1 ("CafÃ©" → "Café"), run by run,
 * and only where a run re-decodes as valid UTF-8: genuine Latin-1 text ("café", "naïve")
 * practically never does, so correct text is left alone.
 */
export function repairMojibake(text: string): string {
  return MOJIBAKE.test(text) ? text.replace(BYTE_RUN, redecodeRun) : text;
}

/**
 * Normalises any value read from a feed into the text we store: null unless a non-blank string,
 * line breaks as \n, mojibake repaired, C1 controls read as windows-1252, other control characters
 * removed and lone surrogates replaced, so the result always encodes to valid UTF-8.
 */
export function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = repairMojibake(value.replace(/\r\n?/g, '\n'))
    .replace(C1_CONTROL, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? '')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .trim();
  return text === '' ? null : text;
}
