import { matchWords, meanWordOverlap } from './word-overlap.metric';

describe('matchWords', () => {
  it('compares lower-cased word multisets', () => {
    // truth {the×2, cat, sat, on, mat} = 6 words; prediction {the×2, cat, dog} = 4; overlap 3.
    const score = matchWords('The cat sat on the mat.', 'the CAT, the dog');
    expect(score.precision).toBeCloseTo(3 / 4);
    expect(score.recall).toBeCloseTo(3 / 6);
    expect(score.f1).toBeCloseTo(0.6);
  });

  it('scores an empty prediction zero and two empty texts one', () => {
    expect(matchWords('Some body text', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(matchWords('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('meanWordOverlap', () => {
  it('averages each score over pages', () => {
    expect(
      meanWordOverlap([
        { precision: 1, recall: 0.5, f1: 2 / 3 },
        { precision: 0.5, recall: 0.5, f1: 0.5 },
      ]),
    ).toEqual({ precision: 0.75, recall: 0.5, f1: (2 / 3 + 0.5) / 2 });
  });
});
