import { hashSlice, hashString, mixHash } from './feature-hash.util';

describe('feature hashing', () => {
  it('hashes strings with 32-bit FNV-1a (published test vectors)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('hashes a slice exactly as the sliced string', () => {
    expect(hashSlice('xxfoobarxx', 2, 8)).toBe(hashString('foobar'));
  });

  it('mixes two hashes order-sensitively into well-spread unsigned integers', () => {
    expect(mixHash(1, 2)).not.toBe(mixHash(2, 1));
    const buckets = new Set<number>();
    for (let value = 0; value < 1000; value += 1) buckets.add(mixHash(7, value) & 1023);
    // 1000 keys into 1024 buckets: a good mix fills about 63 % of them.
    expect(buckets.size).toBeGreaterThan(580);
    expect(mixHash(0xffffffff, 0xffffffff)).toBeGreaterThanOrEqual(0);
  });
});
