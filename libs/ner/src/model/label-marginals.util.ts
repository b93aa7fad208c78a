import type { LabelChain } from './label-chain';

/**
 * Per-token label posteriors of a linear-chain model, read as a CRF with potentials
 * `exp(score / temperature)`: `out[t * labels + y]` = P(label y at token t | sentence). Scaled
 * forward–backward in probability space, so only `length * labels` exponentials are taken.
 * `transitionPotentials` holds `exp(transition / temperature)`, 0 where a pair is not allowed,
 * with index `labels` as the sentence boundary (see `decodeViterbi`).
 */
export function labelMarginals(
  emissions: Float64Array,
  length: number,
  chain: LabelChain,
  transitionPotentials: Float64Array,
  scoreToLog: number,
  out: Float64Array,
): void {
  const { labels, predecessorStart, predecessors, successorStart, successors } = chain;
  const size = labels + 1;
  const potentials = new Float64Array(length * labels);
  for (let t = 0; t < length; t += 1) {
    const row = t * labels;
    let top = -Infinity;
    for (let y = 0; y < labels; y += 1) top = Math.max(top, emissions[row + y] ?? 0);
    for (let y = 0; y < labels; y += 1) {
      potentials[row + y] = Math.exp(((emissions[row + y] ?? 0) - top) * scoreToLog);
    }
  }
  const forward = new Float64Array(length * labels);
  const backward = new Float64Array(length * labels);
  for (let t = 0; t < length; t += 1) {
    const row = t * labels;
    let sum = 0;
    for (let y = 0; y < labels; y += 1) {
      let into = 0;
      if (t === 0) into = transitionPotentials[labels * size + y] ?? 0;
      else {
        const end = predecessorStart[y + 1] ?? 0;
        for (let index = predecessorStart[y] ?? 0; index < end; index += 1) {
          const x = predecessors[index] ?? 0;
          into += (forward[row - labels + x] ?? 0) * (transitionPotentials[x * size + y] ?? 0);
        }
      }
      const value = into * (potentials[row + y] ?? 0);
      forward[row + y] = value;
      sum += value;
    }
    normalise(forward, row, labels, sum);
  }
  for (let t = length - 1; t >= 0; t -= 1) {
    const row = t * labels;
    let sum = 0;
    for (let y = 0; y < labels; y += 1) {
      let onward = 0;
      if (t === length - 1) onward = transitionPotentials[y * size + labels] ?? 0;
      else {
        const end = successorStart[y + 1] ?? 0;
        for (let index = successorStart[y] ?? 0; index < end; index += 1) {
          const z = successors[index] ?? 0;
          onward +=
            (transitionPotentials[y * size + z] ?? 0) *
            (potentials[row + labels + z] ?? 0) *
            (backward[row + labels + z] ?? 0);
        }
      }
      backward[row + y] = onward;
      sum += onward;
    }
    normalise(backward, row, labels, sum);
  }
  for (let t = 0; t < length; t += 1) {
    const row = t * labels;
    let sum = 0;
    for (let y = 0; y < labels; y += 1) {
      const value = (forward[row + y] ?? 0) * (backward[row + y] ?? 0);
      out[row + y] = value;
      sum += value;
    }
    normalise(out, row, labels, sum);
  }
}

function normalise(values: Float64Array, row: number, labels: number, sum: number): void {
  if (sum <= 0) return;
  for (let y = 0; y < labels; y += 1) values[row + y] = (values[row + y] ?? 0) / sum;
}
