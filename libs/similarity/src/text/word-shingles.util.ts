import { combineHashes, murmurHash32 } from '../hashing/murmur-hash.util';

/**
 * The set of k-word shingles of a token sequence, each hashed to uint32, sorted ascending and
 * unique. A text shorter than k words yields one shingle of all its words, so short texts still
 * compare; an empty one yields the empty set.
 */
export function wordShingles(words: readonly string[], k: number): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle size must be ≥ 1, got ${k}`);
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map((word) => murmurHash32(word));
  const width = Math.min(k, wordHashes.length);
  const count = wordHashes.length - width + 1;
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start += 1) {
    let h = width;
    for (let offset = 0; offset < width; offset += 1) {
      h = combineHashes(h, wordHashes[start + offset] ?? 0);
    }
    hashes[start] = h;
  }
  return uniqueSorted(hashes);
}

function uniqueSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let size = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? 0;
    if (size === 0 || value !== values[size - 1]) {
      values[size] = value;
      size += 1;
    }
  }
  return values.slice(0, size);
}
