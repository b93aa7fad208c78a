import { TOY_CORPUS } from '../__fixtures__/toy-corpus.fixture';
import { trainToyModel } from '../__fixtures__/toy-model.fixture';
import { buildGazetteerData } from '../gazetteer/build-gazetteer-data.util';
import { trainNerModel } from './train-ner-model.util';

describe('trainNerModel', () => {
  it('is deterministic for a given seed and differs with another', () => {
    const first = trainToyModel();
    expect(trainToyModel().weights).toEqual(first.weights);
    const reseeded = trainNerModel(TOY_CORPUS, {
      epochs: 15,
      scheme: 'BILOU',
      bucketBits: 14,
      seed: 8,
      gazetteer: buildGazetteerData([{ name: 'Nordbank', label: 'ORG' }]),
    });
    expect(reseeded.weights).not.toEqual(first.weights);
  });

  it('reports every epoch and returns the last one’s averaged model', () => {
    const epochs: number[] = [];
    const accuracies: number[] = [];
    const model = trainNerModel(TOY_CORPUS, {
      epochs: 4,
      scheme: 'BIO',
      bucketBits: 12,
      seed: 1,
      gazetteer: buildGazetteerData(),
      metadata: { name: 'toy' },
      onEpoch: (epoch, _model, accuracy) => {
        epochs.push(epoch);
        accuracies.push(accuracy);
      },
    });
    expect(epochs).toEqual([1, 2, 3, 4]);
    expect(accuracies[3]).toBeGreaterThan(accuracies[0] ?? 1);
    expect(model.metadata).toEqual({ name: 'toy', epochs: 4 });
    expect(model).toMatchObject({ scheme: 'BIO', bucketBits: 12, scale: 1 });
    expect(model.weights).toHaveLength(2 ** 12 * 9);
  });

  it('refuses to train for no epochs', () => {
    expect(() =>
      trainNerModel(TOY_CORPUS, {
        epochs: 0,
        scheme: 'BIO',
        bucketBits: 12,
        seed: 1,
        gazetteer: buildGazetteerData(),
      }),
    ).toThrow(/epoch/);
  });
});
