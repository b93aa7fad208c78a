import { AveragedPerceptron } from './averaged-perceptron';
import { buildLabelChain } from './label-chain';
import { labelsOf } from './label-scheme.util';

// Label indices in BIO: O = 0, B-PER = 1, I-PER = 2, B-ORG = 3, B-LOC = 5.
const chain = buildLabelChain(labelsOf('BIO'), 'BIO');

/** A sentence whose tokens carry one feature each; feature k is hashed to bucket k. */
function sentence(featureIds: number[], gold: number[]) {
  return {
    features: {
      offsets: Uint32Array.from({ length: featureIds.length + 1 }, (_, index) => index),
      hashes: Uint32Array.from(featureIds),
    },
    gold: Int32Array.from(gold),
  };
}

describe('AveragedPerceptron', () => {
  const data = [
    sentence([1, 2, 3], [1, 2, 0]),
    sentence([3, 4], [0, 5]),
    sentence([4, 3, 1, 2], [5, 0, 1, 2]),
  ];

  it('learns a separable toy problem and then gets every sentence right', () => {
    const perceptron = new AveragedPerceptron(chain, 4);
    for (let epoch = 0; epoch < 5; epoch += 1) for (const item of data) perceptron.learn(item);
    expect(data.map((item) => perceptron.learn(item))).toEqual([true, true, true]);
  });

  it('averages: weights from early mistakes count less than weights that lasted', () => {
    const perceptron = new AveragedPerceptron(chain, 4);
    expect(perceptron.learn(data[0]!)).toBe(false);
    const { weights, transitions } = perceptron.averaged();
    // One update at step 1, averaged over 2 steps (the step counter starts at 1): 1 - 1/2.
    expect(weights[1 * chain.labels + 1]).toBeCloseTo(0.5);
    expect(weights[1 * chain.labels + 0]).toBeCloseTo(-0.5);
    expect(transitions).toHaveLength((chain.labels + 1) ** 2);
  });
});
