import { countOf, overlapOf, sizeOf, wordTokens } from './word-tokens';

describe('wordTokens', () => {
  it('matches Unicode letters, digits and underscores like Python’s \\w+', () => {
    expect(wordTokens("Café naïve, l'été 2024 — snake_case! Ελλάδα")).toEqual([
      'Café',
      'naïve',
      'l',
      'été',
      '2024',
      'snake_case',
      'Ελλάδα',
    ]);
  });

  it('finds nothing in punctuation and whitespace', () => {
    expect(wordTokens(' … — !? ')).toEqual([]);
  });
});

describe('multiset helpers', () => {
  it('counts, intersects and sizes multisets', () => {
    const a = countOf(['x', 'x', 'y']);
    const b = countOf(['x', 'y', 'y', 'z']);
    expect(a).toEqual(
      new Map([
        ['x', 2],
        ['y', 1],
      ]),
    );
    expect(overlapOf(a, b)).toBe(2);
    expect(sizeOf(b)).toBe(4);
  });
});
