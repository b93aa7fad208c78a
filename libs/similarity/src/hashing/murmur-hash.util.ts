// Fingerprints are persisted and compared across processes and releases, so every hash here is
// a fixed, documented function (MurmurHash3 x86-32 and its finaliser), never a runtime-seeded one.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

function scrambleBlock(block: number): number {
  return Math.imul(rotateLeft(Math.imul(block, C1), 15), C2);
}

/** MurmurHash3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MurmurHash3 (x86, 32-bit) over the string's UTF-16 code units, two units per block. Not
 * byte-compatible with hashing the UTF-8 encoding; stable for a given string.
 */
export function murmurHash32(text: string, seed = 0): number {
  let h = seed >>> 0;
  const pairs = text.length >> 1;
  for (let i = 0; i < pairs; i += 1) {
    const block = text.charCodeAt(2 * i) | (text.charCodeAt(2 * i + 1) << 16);
    h ^= scrambleBlock(block);
    h = (Math.imul(rotateLeft(h, 13), 5) + 0xe6546b64) | 0;
  }
  if (text.length % 2 === 1) {
    h ^= scrambleBlock(text.charCodeAt(text.length - 1));
  }
  return mix32(h ^ (text.length * 2));
}

/** Order-sensitive combination of two uint32 hashes (used to hash word sequences). */
export function combineHashes(left: number, right: number): number {
  return mix32(Math.imul(rotateLeft(left, 5) ^ right, 0x9e3779b1) + 0x7f4a7c15);
}

/** Lower-case, zero-padded hexadecimal of a uint32 (8 characters). */
export function toHex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
