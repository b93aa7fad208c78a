import { decodeBody, detectEncoding, sniffDeclaredEncoding } from './charset';

const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');
// "café – “quoted”" in windows-1252: é=E9, en dash=96, curly quotes=93/94.
const cp1252 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]);
// "日本語ニュース" in Shift_JIS.
const sjis = Buffer.from([
  0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58,
]);

describe('decodeBody', () => {
  it('uses the Content-Type charset, quoted or not, any case', () => {
    expect(decodeBody(cp1252, 'text/html; charset=windows-1252')).toBe('café – “q”');
    expect(decodeBody(cp1252, 'text/html; Charset="ISO-8859-1"')).toBe('café – “q”');
    expect(decodeBody(sjis, 'text/plain;charset=Shift_JIS')).toBe('日本語ニュース');
  });

  it('honours a byte-order mark, even over the header', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('naïve')]);
    expect(decodeBody(utf8, 'text/html; charset=windows-1252')).toBe('naïve');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich', 'utf16le')]);
    expect(decodeBody(utf16le)).toBe('Zürich');
    const utf16be = Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]);
    expect(decodeBody(utf16be)).toBe('Aé');
  });

  it('falls back to <meta charset>, <meta http-equiv> and <?xml encoding?>', () => {
    const meta = Buffer.concat([ascii('<html><head><meta charset="shift_jis"></head><p>'), sjis]);
    expect(decodeBody(meta, 'text/html')).toContain('日本語ニュース');
    const equiv = Buffer.concat([
      ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      cp1252,
    ]);
    expect(decodeBody(equiv)).toContain('café – “q”');
    const xml = Buffer.concat([ascii("<?xml version='1.0' encoding='Shift_JIS'?><t>"), sjis]);
    expect(decodeBody(xml, 'application/rss+xml')).toContain('<t>日本語ニュース');
  });

  it('only sniffs the first 2 KB', () => {
    const late = Buffer.concat([ascii(' '.repeat(2100)), ascii('<meta charset="shift_jis">')]);
    expect(sniffDeclaredEncoding(late)).toBeUndefined();
  });

  it('treats a declared UTF-16 in an ASCII-readable document as UTF-8', () => {
    expect(sniffDeclaredEncoding(ascii('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('ignores unknown labels and defaults to UTF-8', () => {
    expect(detectEncoding(ascii('<meta charset="klingon">'), 'text/html; charset=bogus')).toBe(
      'utf-8',
    );
    expect(decodeBody(Buffer.from('plain ✓'))).toBe('plain ✓');
  });

  it('replaces invalid bytes with U+FFFD instead of failing', () => {
    const text = decodeBody(
      Buffer.from([0x61, 0xff, 0xfe, 0xc3, 0x62]),
      'text/plain; charset=utf-8',
    );
    expect(text).toBe('a\uFFFD\uFFFD\uFFFDb');
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });
});

describe('windows-1252', () => {
  it('maps every C1 byte the WHATWG way, whichever decoder runs', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = decodeBody(all, 'text/plain; charset=us-ascii');
    expect(text).toHaveLength(256);
    expect(text.slice(0x80, 0x88)).toBe('€\u0081‚ƒ„…†‡');
    expect(text.slice(0x91, 0x98)).toBe('‘’“”•–—');
    expect(text.charAt(0x9f)).toBe('Ÿ');
    expect(text.charAt(0xe9)).toBe('é');
  });
});
