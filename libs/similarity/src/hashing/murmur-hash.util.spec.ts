import { combineHashes, mix32, murmurHash32, toHex32 } from './murmur-hash.util';

describe('murmurHash32', () => {
  it('is deterministic and seed-dependent', () => {
    expect(murmurHash32('press conference')).toBe(murmurHash32('press conference'));
    expect(murmurHash32('press conference', 1)).not.toBe(murmurHash32('press conference', 2));
  });

  it('pins known values so stored fingerprints stay comparable across releases', () => {
    expect(toHex32(murmurHash32(''))).toBe('00000000');
    expect(toHex32(murmurHash32('a'))).toBe('6f49d11a');
    expect(toHex32(murmurHash32('abc'))).toBe('42b016c3');
    expect(toHex32(murmurHash32('press conference'))).toBe('9b67e22a');
  });

  it('separates near-identical strings', () => {
    expect(murmurHash32('the mayor said')).not.toBe(murmurHash32('the mayor said.'));
    expect(murmurHash32('ab')).not.toBe(murmurHash32('ba'));
  });
});

describe('mix32', () => {
  it('is MurmurHash3 fmix32 (reference value for 1)', () => {
    expect(mix32(1)).toBe(0x514e28b7);
    expect(mix32(0)).toBe(0);
  });

  it('maps to uint32 and is a bijection on small samples', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i += 1) {
      const value = mix32(i);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(0xffffffff);
      seen.add(value);
    }
    expect(seen.size).toBe(10_000);
  });
});

describe('combineHashes', () => {
  it('depends on order', () => {
    expect(combineHashes(1, 2)).not.toBe(combineHashes(2, 1));
  });
});

describe('toHex32', () => {
  it('pads to eight hex digits', () => {
    expect(toHex32(255)).toBe('000000ff');
    expect(toHex32(0xffffffff)).toBe('ffffffff');
  });
});
