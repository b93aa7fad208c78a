import { buildGazetteerData } from '../gazetteer/build-gazetteer-data.util';
import type { TagScheme } from '../model/label-scheme.util';
import type { NerModel } from '../model/ner-model.types';
import { trainNerModel } from '../tagger/train-ner-model.util';
import { TOY_CORPUS } from './toy-corpus.fixture';

/** A model trained in milliseconds on the toy corpus: small table, few epochs, fixed seed. */
export function trainToyModel(scheme: TagScheme = 'BILOU'): NerModel {
  return trainNerModel(TOY_CORPUS, {
    epochs: 15,
    scheme,
    bucketBits: 14,
    seed: 7,
    gazetteer: buildGazetteerData([{ name: 'Nordbank', label: 'ORG' }]),
    metadata: { name: 'toy' },
  });
}
