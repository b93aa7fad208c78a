import { candidateProbability, lshBucketKeys } from './lsh-banding.util';
import { minHashSignature } from './minhash.util';

const range = (from: number, to: number): Uint32Array =>
  Uint32Array.from({ length: to - from }, (_, i) => from + i);

describe('lshBucketKeys', () => {
  const banding = { bands: 32, rows: 2 };

  it('makes one key per band, band-prefixed with a 64-bit hex bucket', () => {
    const keys = lshBucketKeys(minHashSignature(range(0, 50), 64), banding);
    expect(keys).toHaveLength(32);
    expect(keys[0]).toMatch(/^00:[0-9a-f]{16}$/u);
    expect(keys[31]).toMatch(/^31:[0-9a-f]{16}$/u);
  });

  it('gives identical texts every key in common and disjoint texts none', () => {
    const a = lshBucketKeys(minHashSignature(range(0, 300), 64), banding);
    const b = lshBucketKeys(minHashSignature(range(5000, 5300), 64), banding);
    expect(lshBucketKeys(minHashSignature(range(0, 300), 64), banding)).toEqual(a);
    expect(a.filter((key) => b.includes(key))).toEqual([]);
  });

  it('keeps equal rows in different bands apart', () => {
    const constant = new Uint32Array(4).fill(7);
    const [first, second] = lshBucketKeys(constant, { bands: 2, rows: 2 });
    expect(first?.slice(3)).not.toBe(second?.slice(3));
  });

  it('has no keys for a text without words', () => {
    expect(lshBucketKeys(minHashSignature(new Uint32Array(0), 64), banding)).toEqual([]);
  });

  it('rejects a signature too short for the banding', () => {
    expect(() => lshBucketKeys(new Uint32Array(10), banding)).toThrow(RangeError);
  });
});

describe('candidateProbability', () => {
  it('follows 1 − (1 − s^r)^b', () => {
    expect(candidateProbability(1, { bands: 32, rows: 2 })).toBe(1);
    expect(candidateProbability(0, { bands: 32, rows: 2 })).toBe(0);
    expect(candidateProbability(0.5, { bands: 1, rows: 2 })).toBeCloseTo(0.25, 10);
    expect(candidateProbability(0.3, { bands: 32, rows: 2 })).toBeCloseTo(0.951, 3);
    expect(candidateProbability(0.3, { bands: 32, rows: 4 })).toBeCloseTo(0.229, 3);
  });
});
