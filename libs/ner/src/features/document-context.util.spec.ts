import {
  buildDocumentContext,
  isShouted,
  SEEN_CAPITALISED,
  SEEN_LOWER,
} from './document-context.util';

describe('buildDocumentContext', () => {
  it('records how the document cases each word outside headlines and sentence starts', () => {
    const context = buildDocumentContext([
      ['BANK', 'CHIEF', 'QUITS'],
      ['Bank', 'chief', 'Anna', 'Berg', 'quits'],
      ['She', 'led', 'the', 'bank', 'for', 'years', 'at', 'Bank', 'Nord'],
    ]);
    expect(context.flagsByWord.get('berg')).toBe(SEEN_CAPITALISED);
    expect(context.flagsByWord.get('bank')).toBe(SEEN_CAPITALISED | SEEN_LOWER);
    expect(context.flagsByWord.get('chief')).toBe(SEEN_LOWER);
    // Only seen capitalised where casing proves nothing: the headline and sentence starts.
    expect(context.flagsByWord.get('she')).toBeUndefined();
    expect(context.flagsByWord.get('quits')).toBe(SEEN_LOWER);
  });
});

describe('isShouted', () => {
  it('is true for headline capitals, false for normal text and acronyms', () => {
    expect(isShouted(['CRICKET', '-', 'LEICESTERSHIRE', 'TAKE', 'OVER'])).toBe(true);
    expect(isShouted(['The', 'UN', 'and', 'NATO', 'met'])).toBe(false);
    expect(isShouted(['-', '1996'])).toBe(false);
  });
});
