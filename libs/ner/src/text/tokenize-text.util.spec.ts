import { tokenizeText } from './tokenize-text.util';

const words = (text: string): string[] => tokenizeText(text).map((token) => token.text);

describe('tokenizeText', () => {
  it('gives every token exact offsets into the text', () => {
    const text = '  “We won’t go,” said Ms. O’Neill\u00a0in\tRome…\n\nThe end.';
    const tokens = tokenizeText(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    tokens.slice(1).forEach((token, index) => {
      expect(token.start).toBeGreaterThanOrEqual(tokens[index]?.end ?? 0);
    });
  });

  it('splits possessives and negations off their word, as CoNLL-2003 does', () => {
    expect(words("Russia's envoy didn't say")).toEqual([
      'Russia',
      "'s",
      'envoy',
      'did',
      "n't",
      'say',
    ]);
    expect(words('Syria’s war')).toEqual(['Syria', '’s', 'war']);
    expect(words("the Joneses' house")).toEqual(['the', 'Joneses', "'", 'house']);
    expect(words("O'Neill and al-Qa'ida")).toEqual(["O'Neill", 'and', "al-Qa'ida"]);
  });

  it('keeps hyphenated words, initialisms and abbreviations whole', () => {
    expect(words('the U.S.-led force and Bashar al-Assad')).toEqual([
      'the',
      'U.S.-led',
      'force',
      'and',
      'Bashar',
      'al-Assad',
    ]);
    expect(words('Mr. Smith of Acme Corp. met Gen. Lee at 10 a.m. in Washington, D.C.')).toEqual(
      [
        'Mr.',
        'Smith',
        'of',
        'Acme',
        'Corp.',
        'met',
        'Gen.',
        'Lee',
        'at',
        '10',
        'a.m.',
        'in',
      ].concat(['Washington', ',', 'D.C.']),
    );
  });

  it('splits a sentence-final full stop but keeps one before a lower-case word', () => {
    expect(words('He left. Then she came.')).toEqual([
      'He',
      'left',
      '.',
      'Then',
      'she',
      'came',
      '.',
    ]);
    expect(words('approx. five')).toEqual(['approx.', 'five']);
  });

  it('keeps numbers, dates, times and amounts whole', () => {
    expect(words('1,200.5 tonnes on 1996-08-30 at 10:30, up 3.5% or C$ 5')).toEqual([
      '1,200.5',
      'tonnes',
      'on',
      '1996-08-30',
      'at',
      '10:30',
      ',',
      'up',
      '3.5%',
      'or',
      'C$',
      '5',
    ]);
    expect(words('a 12-year-old boy')).toEqual(['a', '12-year-old', 'boy']);
  });

  it('reads quotes, dashes and ellipses as tokens of their own', () => {
    expect(words('"Yes" -- he said ... (maybe)')).toEqual([
      '"',
      'Yes',
      '"',
      '--',
      'he',
      'said',
      '...',
      '(',
      'maybe',
      ')',
    ]);
  });

  it('gives back CoNLL tokens joined by spaces', () => {
    const conll = ['Germany', "'s", 'representative', 'to', 'the', 'U.S.', ',', 'S&P', 'said', '.'];
    expect(words(conll.join(' '))).toEqual(conll);
  });

  it('returns nothing for blank text', () => {
    expect(tokenizeText(' \n\t ')).toEqual([]);
  });
});
