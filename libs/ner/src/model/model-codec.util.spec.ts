import { trainToyModel } from '../__fixtures__/toy-model.fixture';
import { TOY_CORPUS } from '../__fixtures__/toy-corpus.fixture';
import { NerTagger } from '../tagger/ner.tagger';
import { decodeModel, encodeModel } from './model-codec.util';
import { quantiseModel } from './quantise-model.util';

describe('encodeModel and decodeModel', () => {
  const model = quantiseModel(trainToyModel());
  const bytes = encodeModel(model);

  it('round-trips every part of a trained model', () => {
    const decoded = decodeModel(bytes);
    expect(decoded.weights).toEqual(model.weights);
    expect(decoded.transitions).toEqual(model.transitions);
    expect(decoded).toMatchObject({
      scheme: model.scheme,
      labels: model.labels,
      bucketBits: model.bucketBits,
      scale: model.scale,
      gazetteer: model.gazetteer,
      metadata: model.metadata,
    });
  });

  it('tags exactly as the model it was saved from', () => {
    const before = new NerTagger(model);
    const after = NerTagger.fromBytes(bytes);
    for (const { text } of TOY_CORPUS) expect(after.tag(text)).toEqual(before.tag(text));
  });

  it('stores only rows with a non-zero weight', () => {
    const dense = model.weights.length;
    expect(bytes.length).toBeLessThan(dense / 2);
  });

  it('is deterministic', () => {
    expect(encodeModel(quantiseModel(trainToyModel()))).toEqual(bytes);
  });

  it('refuses unquantised models and foreign or damaged files', () => {
    expect(() => encodeModel(trainToyModel())).toThrow(/quantise/);
    expect(() => decodeModel(new TextEncoder().encode('{"not":"a model"}'))).toThrow(
      /not a Newsflow/,
    );
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3))).toThrow();
  });
});
