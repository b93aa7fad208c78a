import { estimateJaccard, minHashSignature } from './minhash.util';

const range = (from: number, to: number): Uint32Array =>
  Uint32Array.from({ length: to - from }, (_, i) => from + i);

describe('minHashSignature', () => {
  it('has the requested size and is deterministic', () => {
    const signature = minHashSignature(range(0, 100), 64);
    expect(signature).toHaveLength(64);
    expect(minHashSignature(range(0, 100), 64)).toEqual(signature);
  });

  it('does not depend on the order of the shingles', () => {
    expect(minHashSignature(Uint32Array.from([5, 9, 1]), 16)).toEqual(
      minHashSignature(Uint32Array.from([1, 5, 9]), 16),
    );
  });

  it('marks every slot empty for an empty set', () => {
    expect([...minHashSignature(new Uint32Array(0), 4)]).toEqual(Array(4).fill(0xffffffff));
  });

  it('rejects a non-positive size', () => {
    expect(() => minHashSignature(range(0, 3), 0)).toThrow(RangeError);
  });
});

describe('estimateJaccard', () => {
  it('is 1 for identical and about 0 for disjoint sets', () => {
    const a = minHashSignature(range(0, 500), 128);
    expect(estimateJaccard(a, a)).toBe(1);
    expect(estimateJaccard(a, minHashSignature(range(1000, 1500), 128))).toBeLessThan(0.05);
  });

  it('estimates a known Jaccard within sampling error', () => {
    // [0, 600) and [300, 900): 300 shared of 900 → J = 1/3; σ ≈ 0.04 with 128 slots.
    const estimate = estimateJaccard(
      minHashSignature(range(0, 600), 128),
      minHashSignature(range(300, 900), 128),
    );
    expect(Math.abs(estimate - 1 / 3)).toBeLessThan(0.12);
  });

  it('never counts two empty sets as similar', () => {
    const empty = minHashSignature(new Uint32Array(0), 8);
    expect(estimateJaccard(empty, empty)).toBe(0);
  });

  it('rejects signatures of different sizes', () => {
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
  });
});
