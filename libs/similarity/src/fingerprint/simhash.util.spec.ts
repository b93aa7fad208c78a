import { hammingDistance64, simHash64 } from './simhash.util';

const range = (from: number, to: number): Uint32Array =>
  Uint32Array.from({ length: to - from }, (_, i) => from + i);

describe('simHash64', () => {
  it('is 16 hex digits and deterministic', () => {
    expect(simHash64(range(0, 100))).toMatch(/^[0-9a-f]{16}$/u);
    expect(simHash64(range(0, 100))).toBe(simHash64(range(0, 100)));
  });

  it('puts a lightly edited set closer than an unrelated one', () => {
    const base = simHash64(range(0, 400));
    const edited = simHash64(range(10, 410));
    const unrelated = simHash64(range(9000, 9400));
    expect(hammingDistance64(base, edited)).toBeLessThan(hammingDistance64(base, unrelated));
  });
});

describe('hammingDistance64', () => {
  it('counts differing bits', () => {
    expect(hammingDistance64('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance64('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance64('0000000100000000', '0000000000000003')).toBe(3);
  });

  it('rejects malformed input', () => {
    expect(() => hammingDistance64('abc', '0000000000000000')).toThrow(RangeError);
  });
});
