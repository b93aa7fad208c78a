import { addPairCounts, countClusterPairs, scorePairCounts } from './pairwise-score.util';

describe('countClusterPairs', () => {
  it('counts pairs by hand-checkable example', () => {
    // gold {1,2,3}{4}; predicted {1,2}{3,4}: together in both = (1,2); predicted-only (3,4);
    // gold-only (1,3), (2,3).
    const items = [
      { gold: 'x', predicted: 'p' },
      { gold: 'x', predicted: 'p' },
      { gold: 'x', predicted: 'q' },
      { gold: 'y', predicted: 'q' },
    ];
    expect(countClusterPairs(items)).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 2,
    });
  });

  it('is all true positives for a perfect clustering', () => {
    const items = ['a', 'a', 'b', 'b'].map((label) => ({ gold: label, predicted: `p-${label}` }));
    expect(countClusterPairs(items)).toEqual({
      truePositives: 2,
      falsePositives: 0,
      falseNegatives: 0,
    });
  });
});

describe('scorePairCounts', () => {
  it('computes precision, recall and F1', () => {
    const score = scorePairCounts({ truePositives: 1, falsePositives: 1, falseNegatives: 2 });
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBeCloseTo(1 / 3, 12);
    expect(score.f1).toBeCloseTo(0.4, 12);
  });

  it('handles empty predictions and empty gold', () => {
    expect(
      scorePairCounts({ truePositives: 0, falsePositives: 0, falseNegatives: 3 }),
    ).toMatchObject({
      precision: 1,
      recall: 0,
      f1: 0,
    });
    expect(scorePairCounts({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).f1).toBe(1);
  });
});

describe('addPairCounts', () => {
  it('sums counts', () => {
    expect(
      addPairCounts([
        { truePositives: 1, falsePositives: 2, falseNegatives: 3 },
        { truePositives: 4, falsePositives: 5, falseNegatives: 6 },
      ]),
    ).toEqual({ truePositives: 5, falsePositives: 7, falseNegatives: 9 });
    expect(addPairCounts([])).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  });
});
