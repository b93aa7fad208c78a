import { buildLabelChain } from './label-chain';
import { labelsOf } from './label-scheme.util';
import { decodeViterbi } from './viterbi.util';

// Three tokens, BIO over the four classes: O, B-PER, I-PER, B-ORG, ... (9 labels).
const labels = labelsOf('BIO');
const chain = buildLabelChain(labels, 'BIO');
const L = labels.length;
const index = (name: string): number => labels.indexOf(name);

function emissions(rows: Record<string, number>[]): Float64Array {
  const out = new Float64Array(rows.length * L);
  rows.forEach((row, t) => {
    for (const [name, score] of Object.entries(row)) out[t * L + index(name)] = score;
  });
  return out;
}

function decode(
  scores: Float64Array,
  length: number,
  transitions = new Float64Array((L + 1) ** 2),
) {
  const out = new Int32Array(length);
  const best = decodeViterbi(scores, length, chain, transitions, out);
  return { labels: [...out].map((label) => labels[label]), best };
}

describe('decodeViterbi', () => {
  it('takes the best label per token when transitions are neutral', () => {
    const scores = emissions([{ 'B-PER': 2 }, { 'I-PER': 3 }, { O: 1 }]);
    expect(decode(scores, 3)).toEqual({ labels: ['B-PER', 'I-PER', 'O'], best: 6 });
  });

  it('never chooses a forbidden pair, even when it scores best token by token', () => {
    // I-PER alone scores 5 at token 1, but O → I-PER is forbidden: B-PER (4) wins the path.
    const scores = emissions([
      { O: 3, 'B-PER': 1 },
      { 'I-PER': 5, 'B-PER': 4 },
    ]);
    const result = decode(scores, 2);
    // Paths: O,B-PER = 7; B-PER,I-PER = 6; O,I-PER forbidden.
    expect(result).toEqual({ labels: ['O', 'B-PER'], best: 7 });
  });

  it('adds transition scores, including those from the start and into the end', () => {
    const scores = emissions([{ O: 1, 'B-LOC': 1 }]);
    const transitions = new Float64Array((L + 1) ** 2);
    transitions[L * (L + 1) + index('B-LOC')] = 0.5;
    transitions[index('O') * (L + 1) + L] = 0.25;
    expect(decode(scores, 1, transitions)).toEqual({ labels: ['B-LOC'], best: 1.5 });
  });

  it('returns an empty path for an empty sentence', () => {
    expect(decode(new Float64Array(0), 0)).toEqual({ labels: [], best: 0 });
  });
});
