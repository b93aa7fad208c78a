import { buildLabelChain } from './label-chain';
import { labelMarginals } from './label-marginals.util';
import { labelsOf } from './label-scheme.util';

const labels = labelsOf('BILOU');
const chain = buildLabelChain(labels, 'BILOU');
const L = labels.length;
const size = L + 1;

/** Sums exp(score) over every allowed path, per token and label: the definition, brute force. */
function bruteForce(
  emissions: Float64Array,
  length: number,
  transitions: Float64Array,
): Float64Array {
  const totals = new Float64Array(length * L);
  let partition = 0;
  const path: number[] = [];
  const walk = (t: number, previous: number, score: number): void => {
    if (t === length) {
      if (!chain.allowed[previous * size + L]) return;
      const weight = Math.exp(score + (transitions[previous * size + L] ?? 0));
      partition += weight;
      path.forEach((label, position) => {
        totals[position * L + label] = (totals[position * L + label] ?? 0) + weight;
      });
      return;
    }
    for (let y = 0; y < L; y += 1) {
      if (!chain.allowed[previous * size + y]) continue;
      path[t] = y;
      walk(t + 1, y, score + (transitions[previous * size + y] ?? 0) + (emissions[t * L + y] ?? 0));
    }
  };
  walk(0, L, 0);
  return totals.map((value) => value / partition);
}

describe('labelMarginals', () => {
  it('matches brute-force enumeration of every path', () => {
    const length = 3;
    const emissions = Float64Array.from(
      { length: length * L },
      (_, index) => Math.sin(index * 1.7) * 2,
    );
    const transitions = Float64Array.from(
      { length: size * size },
      (_, index) => Math.cos(index) / 2,
    );
    const potentials = transitions.map((value, index) =>
      chain.allowed[index] ? Math.exp(value) : 0,
    );
    const out = new Float64Array(length * L);
    labelMarginals(emissions, length, chain, potentials, 1, out);
    const expected = bruteForce(emissions, length, transitions);
    out.forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index] ?? NaN, 10);
    });
    for (let t = 0; t < length; t += 1) {
      expect(out.subarray(t * L, (t + 1) * L).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    }
  });
});
