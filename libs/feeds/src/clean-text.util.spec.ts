import { cleanText, repairMojibake } from './clean-text.util';

describe('cleanText', () => {
  it('returns null for non-strings and blank strings', () => {
    expect(cleanText(undefined)).toBeNull();
    expect(cleanText(42)).toBeNull();
    expect(cleanText(' \n\t ')).toBeNull();
  });

  it('normalises line breaks and removes control characters except \\n and \\t', () => {
    expect(cleanText('a\r\nb\rc\u0000d\u0007e\u001bf\u007fg\th\ufffei')).toBe('a\nb\ncdefg\thi');
  });

  it('replaces lone surrogates but keeps valid pairs', () => {
    expect(cleanText('x\ud800y\udfffz😀')).toBe('x\ufffdy\ufffdz😀');
  });

  it('reads C1 controls as the windows-1252 characters they were meant to be', () => {
    expect(cleanText('\u0093quoted\u0094 \u0096 \u0080 5\u0099\u0081')).toBe('“quoted” – € 5™');
  });
});

describe('repairMojibake', () => {
  it.each([
    ['CafÃ©', 'Café'],
    ['itâ€™s â€œfineâ€\u009d', 'it’s “fine”'],
    ['naÃ¯ve, crÃ¨me brÃ»lÃ©e', 'naïve, crème brûlée'],
    ['â\u0080\u0094 latin-1 flavour', '— latin-1 flavour'],
  ])('repairs %j', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each(['café', 'naïve', 'Ã  la carte', 'Straße', '日本語', 'x ± y'])(
    'leaves genuine text %j alone',
    (text) => {
      expect(repairMojibake(text)).toBe(text);
    },
  );
});
