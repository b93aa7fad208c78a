import { normaliseText, tokeniseWords } from './text-normalisation.util';

describe('normaliseText', () => {
  it('folds case and accents', () => {
    expect(normaliseText('ZÜRICH Café São Paulo')).toBe('zurich cafe sao paulo');
  });

  it('removes links and e-mail addresses', () => {
    expect(normaliseText('See https://example.org/a?b=1 or mail desk@example.org now')).toBe(
      'see   or mail   now',
    );
  });

  it('drops in-word apostrophes and initialism dots, and digit grouping', () => {
    // The final dot of "U.S." stays: it may end a sentence, and tokenising drops it anyway.
    expect(normaliseText("O’Brien's U.S. visit cost $30,000")).toBe(
      'obriens us. visit cost $30000',
    );
  });
});

describe('tokeniseWords', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(tokeniseWords('“Hello,” said the mayor — twice (2024).')).toEqual([
      'hello',
      'said',
      'the',
      'mayor',
      'twice',
      '2024',
    ]);
  });

  it('makes typographic variants of one sentence identical', () => {
    expect(tokeniseWords('The U.S. envoy’s “final” offer')).toEqual(
      tokeniseWords('The US envoy\'s "final" offer'),
    );
  });

  it('returns nothing for text without words', () => {
    expect(tokeniseWords(' — … ')).toEqual([]);
  });
});
