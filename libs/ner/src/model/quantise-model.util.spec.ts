import type { NerModel } from './ner-model.types';
import { quantiseModel } from './quantise-model.util';

const model: NerModel = {
  scheme: 'BIO',
  labels: ['O', 'B-PER', 'I-PER'],
  bucketBits: 1,
  weights: Float32Array.from([0, 2.54, -1.26, 0.004, 0, 0]),
  scale: 1,
  transitions: new Float32Array(16),
  gazetteer: {
    names: { PER: [], ORG: [], LOC: [], MISC: [] },
    words: {
      firstName: [],
      nameParticle: [],
      title: [],
      organisationWord: [],
      placeWord: [],
      demonym: [],
      temporal: [],
    },
  },
  metadata: {},
};

describe('quantiseModel', () => {
  it('maps the largest weight to 127 and keeps the rest in proportion', () => {
    const quantised = quantiseModel(model);
    expect(quantised.weights).toBeInstanceOf(Int8Array);
    expect([...quantised.weights]).toEqual([0, 127, -63, 0, 0, 0]);
    expect(quantised.scale).toBeCloseTo(2.54 / 127);
    expect((quantised.weights[2] ?? 0) * quantised.scale).toBeCloseTo(-1.26, 2);
  });

  it('leaves an already quantised model alone', () => {
    const once = quantiseModel(model);
    expect(quantiseModel(once)).toBe(once);
  });
});
