import { matchShingles, scoreShingleMatches, shinglesOf } from './shingle-overlap.metric';

describe('shinglesOf', () => {
  it('slides a window of four tokens', () => {
    expect(shinglesOf('One, two; three four five.')).toEqual(
      new Map([
        ['One two three four', 1],
        ['two three four five', 1],
      ]),
    );
  });

  it('keeps repeats as counts', () => {
    expect(shinglesOf('a b c d a b c d').get('a b c d')).toBe(2);
  });

  it('makes one short shingle of a text under four tokens, none of an empty one', () => {
    expect(shinglesOf('Breaking news')).toEqual(new Map([['Breaking news', 1]]));
    expect(shinglesOf(' — ').size).toBe(0);
  });
});

describe('matchShingles', () => {
  it('normalises tp, fp and fn by their sum', () => {
    // truth: 3 shingles; prediction adds one word, so one extra shingle: tp 3, fp 1, fn 0.
    expect(
      matchShingles('one two three four five six', 'one two three four five six seven'),
    ).toEqual({ tp: 0.75, fp: 0.25, fn: 0 });
  });

  it('counts a changed word against both sides', () => {
    // truth {abcd, bcde}, prediction {abcd, bcdx}: tp 1, fp 1, fn 1.
    const match = matchShingles('a b c d e', 'a b c d x');
    expect(match.tp).toBeCloseTo(1 / 3);
    expect(match.fp).toBeCloseTo(1 / 3);
    expect(match.fn).toBeCloseTo(1 / 3);
  });

  it('is case-sensitive, as the benchmark is', () => {
    expect(matchShingles('a b c d', 'A b c d')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('leaves all zeros when neither side has words', () => {
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('scoreShingleMatches', () => {
  it('averages precision over predicted pages and recall over pages with a body', () => {
    const score = scoreShingleMatches([
      { tp: 0.75, fp: 0.25, fn: 0 }, // precision 0.75, recall 1
      { tp: 0.5, fp: 0, fn: 0.5 }, // precision 1, recall 0.5
      { tp: 0, fp: 0, fn: 1 }, // nothing predicted: no precision, recall 0
    ]);
    expect(score.precision).toBeCloseTo(0.875);
    expect(score.recall).toBeCloseTo(0.5);
    expect(score.f1).toBeCloseTo((2 * 0.875 * 0.5) / 1.375);
    expect(score.pages).toBe(3);
  });

  it('scores zero, not NaN, when nothing matched', () => {
    expect(scoreShingleMatches([{ tp: 0, fp: 1, fn: 0 }])).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      pages: 1,
    });
  });
});
