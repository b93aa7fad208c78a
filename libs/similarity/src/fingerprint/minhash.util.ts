import { mix32 } from '../hashing/murmur-hash.util';

const EMPTY_SLOT = 0xffffffff;

// One fixed seed per signature slot: slot i orders shingles by mix32(shingle ^ seed_i), a
// bijection on uint32, i.e. a pseudo-random permutation. Seeds are derived, not random, so a
// signature computed today equals one computed by another instance next year.
function slotSeeds(size: number): Uint32Array {
  const seeds = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b9) ^ 0x5bd1e995);
  return seeds;
}

const seedCache = new Map<number, Uint32Array>();

function seedsFor(size: number): Uint32Array {
  let seeds = seedCache.get(size);
  if (seeds === undefined) {
    seeds = slotSeeds(size);
    seedCache.set(size, seeds);
  }
  return seeds;
}

/** MinHash signature of a shingle-hash set: per slot, the minimum of that slot's permutation. */
export function minHashSignature(shingles: Uint32Array, size: number): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`signature size ${size}`);
  const seeds = seedsFor(size);
  const signature = new Uint32Array(size);
  const count = shingles.length;
  // Slot-major loops over typed arrays with the finaliser inlined: this is the hot loop of
  // fingerprinting (shingles × slots), about 4× faster than calling mix32 per element.
  for (let slot = 0; slot < size; slot += 1) {
    const seed = seeds[slot] ?? 0;
    let min = EMPTY_SLOT;
    for (let i = 0; i < count; i += 1) {
      let h = ((shingles[i] ?? 0) ^ seed) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    signature[slot] = min;
  }
  return signature;
}

/** Share of equal slots: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(left: Uint32Array, right: Uint32Array): number {
  if (left.length !== right.length) {
    throw new RangeError(`signatures differ in size: ${left.length} vs ${right.length}`);
  }
  if (left.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < left.length; i += 1) {
    if (left[i] === right[i] && left[i] !== EMPTY_SLOT) equal += 1;
  }
  return equal / left.length;
}
