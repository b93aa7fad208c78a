import { Casing, casingOf, shortShape, wordShape } from './word-shape.util';

describe('wordShape and shortShape', () => {
  it.each([
    ['McDonald', 'XxXxxxx', 'XxXx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996-08-30', 'dddd-dd-dd', 'd-d-d'],
    ['Leicestershire', 'Xxxxx', 'Xx'],
    ['al-Assad', 'xx-Xxxxx', 'x-Xx'],
    ['Zürich', 'Xxxxx', 'Xx'],
  ])('%s → %s / %s', (word, shape, short) => {
    expect(wordShape(word)).toBe(shape);
    expect(shortShape(word)).toBe(short);
  });
});

describe('casingOf', () => {
  it.each([
    ['berlin', Casing.Lower],
    ['Berlin', Casing.Title],
    ['BERLIN', Casing.Upper],
    ['B', Casing.Initial],
    ['McDonald', Casing.Mixed],
    ['iPhone', Casing.Mixed],
    ['1996', Casing.NoLetters],
    ['Ørsted', Casing.Title],
    ['ÉCOLE', Casing.Upper],
  ])('%s', (word, casing) => {
    expect(casingOf(word)).toBe(casing);
  });
});
