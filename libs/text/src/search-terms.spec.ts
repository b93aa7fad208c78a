import { searchTerms } from './search-terms';

describe('searchTerms', () => {
  it('folds case and accents, drops stop words, punctuation and repeats', () => {
    expect(searchTerms('The Café in São Paulo — the CAFÉ’s 2nd opening, a cafe!')).toEqual([
      'cafe',
      'sao',
      'paulo',
      '2nd',
      'opening',
    ]);
  });

  it('folds a query the same way as the text, so "cafe" finds "Café"', () => {
    const indexed = new Set(searchTerms('A new Café opened.'));
    expect(searchTerms('CAFE opened').every((term) => indexed.has(term))).toBe(true);
  });

  it('keeps non-Latin words', () => {
    expect(searchTerms('Москва и Киев')).toEqual(['москва', 'киев']);
  });
});
