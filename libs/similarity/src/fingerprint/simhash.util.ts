import { mix32, toHex32 } from '../hashing/murmur-hash.util';

const HIGH_SEED = 0x3c6ef372;
const LOW_SEED = 0xa54ff53a;

/**
 * 64-bit SimHash of a shingle-hash set, as 16 hex digits: bit b is set when more than half of
 * the shingles have bit b set in their 64-bit hash. Kept as the measured alternative to MinHash
 * (see docs/quality-stories.md): it is compact, but it measures resemblance of the whole text,
 * so truncated copies drift far in Hamming distance.
 */
export function simHash64(shingles: Uint32Array): string {
  const votes = new Int32Array(64);
  for (const shingle of shingles) {
    const high = mix32(shingle ^ HIGH_SEED);
    const low = mix32(shingle ^ LOW_SEED);
    for (let bit = 0; bit < 32; bit += 1) {
      votes[bit] = (votes[bit] ?? 0) + ((high >>> bit) & 1 ? 1 : -1);
      votes[bit + 32] = (votes[bit + 32] ?? 0) + ((low >>> bit) & 1 ? 1 : -1);
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    if ((votes[bit] ?? 0) > 0) high |= 1 << bit;
    if ((votes[bit + 32] ?? 0) > 0) low |= 1 << bit;
  }
  return `${toHex32(high)}${toHex32(low)}`;
}

/** Number of differing bits between two 64-bit SimHashes given as 16 hex digits. */
export function hammingDistance64(left: string, right: string): number {
  if (left.length !== 16 || right.length !== 16) throw new RangeError('expected 16 hex digits');
  return (
    popCount32(parseInt(left.slice(0, 8), 16) ^ parseInt(right.slice(0, 8), 16)) +
    popCount32(parseInt(left.slice(8), 16) ^ parseInt(right.slice(8), 16))
  );
}

function popCount32(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
