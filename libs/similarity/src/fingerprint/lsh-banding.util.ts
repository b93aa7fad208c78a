import { mix32, toHex32 } from '../hashing/murmur-hash.util';

/** How a MinHash signature is cut into LSH bands. */
export interface LshBanding {
  readonly bands: number;
  readonly rows: number;
}

/**
 * Probability that two texts with Jaccard similarity `jaccard` share at least one bucket:
 * 1 − (1 − s^rows)^bands. The S-curve that the banding choice trades along.
 */
export function candidateProbability(jaccard: number, banding: LshBanding): number {
  return 1 - (1 - jaccard ** banding.rows) ** banding.bands;
}

/**
 * One bucket key per band, `<band>:<64-bit hex>`, e.g. `07:3f2a…`. Two texts are LSH candidates
 * iff they share a key. The band number is part of the key so that every key can be one
 * document in one collection (equal rows in different bands must not collide). The 64-bit
 * bucket hash keeps accidental collisions negligible even with millions of stored articles.
 * An empty signature (no words) has no keys: it can never be a candidate.
 */
export function lshBucketKeys(signature: Uint32Array, banding: LshBanding): string[] {
  const { bands, rows } = banding;
  if (signature.length < bands * rows) {
    throw new RangeError(`signature of ${signature.length} slots cannot fill ${bands}×${rows}`);
  }
  if (signature.every((value) => value === 0xffffffff)) return [];
  const width = String(bands - 1).length;
  const keys: string[] = [];
  for (let band = 0; band < bands; band += 1) {
    let high = mix32(band + 0x2545f491);
    let low = mix32(band + 0x6b43a9b5);
    for (let row = 0; row < rows; row += 1) {
      const value = signature[band * rows + row] ?? 0;
      high = mix32(high ^ value);
      low = mix32((low + Math.imul(value, 0x27d4eb2f)) | 0);
    }
    keys.push(`${String(band).padStart(width, '0')}:${toHex32(high)}${toHex32(low)}`);
  }
  return keys;
}
