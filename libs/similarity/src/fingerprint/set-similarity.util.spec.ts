import { exactOverlap, overlapFromJaccard } from './set-similarity.util';

const set = (...values: number[]): Uint32Array => Uint32Array.from(values);

describe('exactOverlap', () => {
  it('is 1/1 for identical sets', () => {
    expect(exactOverlap(set(1, 2, 3), set(1, 2, 3))).toEqual({
      shared: 3,
      jaccard: 1,
      containment: 1,
    });
  });

  it('is 0 for disjoint and for empty sets', () => {
    expect(exactOverlap(set(1, 2), set(3, 4))).toEqual({ shared: 0, jaccard: 0, containment: 0 });
    expect(exactOverlap(set(), set())).toEqual({ shared: 0, jaccard: 0, containment: 0 });
  });

  it('measures a truncated copy as fully contained though its Jaccard is low', () => {
    const overlap = exactOverlap(set(1, 2, 3, 4, 5, 6, 7, 8), set(1, 2));
    expect(overlap.jaccard).toBe(0.25);
    expect(overlap.containment).toBe(1);
  });

  it('counts partial overlap by hand', () => {
    // {1,2,3,4} and {3,4,5}: 2 shared, union 5, smaller set 3.
    expect(exactOverlap(set(1, 2, 3, 4), set(3, 4, 5))).toEqual({
      shared: 2,
      jaccard: 2 / 5,
      containment: 2 / 3,
    });
  });
});

describe('overlapFromJaccard', () => {
  it('inverts J = s / (a + b − s)', () => {
    // a = 8, b = 2, s = 2 → J = 2 / 8 = 0.25.
    expect(overlapFromJaccard(0.25, 8, 2)).toEqual({ shared: 2, jaccard: 0.25, containment: 1 });
  });

  it('clamps out-of-range estimates', () => {
    expect(overlapFromJaccard(1.5, 4, 4).shared).toBe(4);
    expect(overlapFromJaccard(-1, 4, 4).shared).toBe(0);
  });
});
