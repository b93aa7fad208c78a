import type { SentenceFeatures } from '../features/extract-features.util';

/**
 * Sums, for every token and label, the weights of the token's features into
 * `out[token * labels + label]`. Weights are bucket-major (`bucket * labels + label`), so one
 * feature reads one contiguous row. `liveRows`, when given, marks the rows worth reading.
 */
export function scoreEmissions(
  weights: Float32Array | Int8Array,
  labels: number,
  bucketMask: number,
  features: SentenceFeatures,
  out: Float64Array,
  liveRows?: Uint8Array,
): void {
  const { offsets, hashes } = features;
  const count = offsets.length - 1;
  out.fill(0, 0, count * labels);
  for (let token = 0; token < count; token += 1) {
    const row = token * labels;
    const end = offsets[token + 1] ?? 0;
    for (let index = offsets[token] ?? 0; index < end; index += 1) {
      const bucket = (hashes[index] ?? 0) & bucketMask;
      if (liveRows !== undefined && liveRows[bucket] === 0) continue;
      const base = bucket * labels;
      for (let label = 0; label < labels; label += 1) {
        out[row + label] = (out[row + label] ?? 0) + (weights[base + label] ?? 0);
      }
    }
  }
}
