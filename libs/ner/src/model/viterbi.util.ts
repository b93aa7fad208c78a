import type { LabelChain } from './label-chain';

/**
 * Best label sequence under a first-order model. `emissions[t * labels + y]` scores label y at
 * token t; `transitions[from * (labels + 1) + to]` scores a label pair, with index `labels`
 * standing for the sentence start (as `from`) and end (as `to`); pairs the chain does not
 * allow are never chosen. Writes the labels into `out` and returns the path's score.
 */
export function decodeViterbi(
  emissions: Float64Array,
  length: number,
  chain: LabelChain,
  transitions: ArrayLike<number>,
  out: Int32Array,
): number {
  if (length === 0) return 0;
  const { labels, allowed, predecessorStart, predecessors } = chain;
  const size = labels + 1;
  const scores = new Float64Array(length * labels);
  const back = new Int32Array(length * labels);
  for (let y = 0; y < labels; y += 1) {
    const pair = labels * size + y;
    scores[y] = allowed[pair] ? (transitions[pair] ?? 0) + (emissions[y] ?? 0) : -Infinity;
  }
  for (let t = 1; t < length; t += 1) {
    const row = t * labels;
    const previous = row - labels;
    for (let y = 0; y < labels; y += 1) {
      let best = -Infinity;
      let from = 0;
      const end = predecessorStart[y + 1] ?? 0;
      for (let index = predecessorStart[y] ?? 0; index < end; index += 1) {
        const x = predecessors[index] ?? 0;
        const score = (scores[previous + x] ?? -Infinity) + (transitions[x * size + y] ?? 0);
        if (score > best) {
          best = score;
          from = x;
        }
      }
      scores[row + y] = best + (emissions[row + y] ?? 0);
      back[row + y] = from;
    }
  }
  const lastRow = (length - 1) * labels;
  let best = -Infinity;
  let label = 0;
  for (let y = 0; y < labels; y += 1) {
    const pair = y * size + labels;
    if (!allowed[pair]) continue;
    const score = (scores[lastRow + y] ?? -Infinity) + (transitions[pair] ?? 0);
    if (score > best) {
      best = score;
      label = y;
    }
  }
  for (let t = length - 1; t >= 0; t -= 1) {
    out[t] = label;
    label = back[t * labels + label] ?? 0;
  }
  return best;
}
