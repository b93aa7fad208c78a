import { scoreEmissions } from './score-emissions.util';

describe('scoreEmissions', () => {
  // Two labels, four buckets: row b holds weights [b, 10 * b].
  const weights = Float32Array.from([0, 0, 1, 10, 2, 20, 3, 30]);
  // Token 0 has features hashing to buckets 1 and 3; token 1 to bucket 2 (6 & 3).
  const features = { offsets: Uint32Array.from([0, 2, 3]), hashes: Uint32Array.from([1, 3, 6]) };

  it('sums each token’s feature rows per label', () => {
    const out = new Float64Array(4).fill(99);
    scoreEmissions(weights, 2, 3, features, out);
    expect([...out]).toEqual([4, 40, 2, 20]);
  });

  it('skips the rows marked dead', () => {
    const out = new Float64Array(4);
    scoreEmissions(weights, 2, 3, features, out, Uint8Array.from([1, 1, 0, 1]));
    expect([...out]).toEqual([4, 40, 0, 0]);
  });
});
