import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGazetteerData, encodeModel, quantiseModel, trainNerModel } from '@newsflow/ner';
import type { PinoLogger } from '@newsflow/platform-logging';
import type { EntityTaggingConfig } from '../../config/entity-tagging.config';
import { CompromiseRecogniser, PerceptronRecogniser } from '../../domain';
import { NerModelFileLoader } from './ner-model-file.loader';

function loaderFor(nerModelPath: string) {
  const warnings: unknown[] = [];
  const log = {
    warn: (...args: unknown[]) => warnings.push(args),
    info: () => undefined,
  } as unknown as PinoLogger;
  const config = { nerModelPath } as EntityTaggingConfig;
  return { loader: new NerModelFileLoader(config, log), warnings };
}

describe('NerModelFileLoader', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'ner-model-'));
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('builds the trained recogniser from a model file', () => {
    const file = path.join(directory, 'toy.bin');
    const text = 'Minister Anna Berg visited Oslo.';
    const model = trainNerModel(
      [
        {
          text,
          spans: [
            { start: 9, end: 18, label: 'PER' },
            { start: 27, end: 31, label: 'LOC' },
          ],
        },
      ],
      {
        epochs: 3,
        scheme: 'BILOU',
        bucketBits: 12,
        seed: 1,
        gazetteer: buildGazetteerData(),
      },
    );
    writeFileSync(file, encodeModel(quantiseModel(model)));
    const { loader, warnings } = loaderFor(file);
    const recogniser = loader.loadRecogniser();
    expect(recogniser).toBeInstanceOf(PerceptronRecogniser);
    expect(recogniser.recognise(text).map((span) => [span.text, span.type])).toEqual([
      ['Anna Berg', 'person'],
      ['Oslo', 'place'],
    ]);
    expect(warnings).toHaveLength(0);
  });

  it('falls back to compromise, with a warning, when the file is absent', () => {
    const { loader, warnings } = loaderFor(path.join(directory, 'missing.bin'));
    expect(loader.loadRecogniser()).toBeInstanceOf(CompromiseRecogniser);
    expect(warnings).toHaveLength(1);
  });

  it('fails loudly on a file that is not a model', () => {
    const file = path.join(directory, 'broken.bin');
    writeFileSync(file, 'not a model');
    expect(() => loaderFor(file).loader.loadRecogniser()).toThrow(/not a Newsflow NER model/);
  });
});
