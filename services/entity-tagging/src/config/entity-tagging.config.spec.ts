import path from 'node:path';
import { defaultNerModelPath, loadEntityTaggingConfig } from './entity-tagging.config';

describe('loadEntityTaggingConfig', () => {
  it('defaults the NER model to the one committed in libs/ner/model', () => {
    const config = loadEntityTaggingConfig({});
    expect(config.nerModelPath).toBe(
      path.resolve(__dirname, '../../../../libs/ner/model/ner-model.bin'),
    );
  });

  it('takes NER_MODEL_PATH, resolved against the working directory', () => {
    expect(loadEntityTaggingConfig({ NER_MODEL_PATH: '/models/ner.bin' }).nerModelPath).toBe(
      '/models/ner.bin',
    );
    expect(loadEntityTaggingConfig({ NER_MODEL_PATH: 'ner.bin' }).nerModelPath).toBe(
      path.resolve('ner.bin'),
    );
  });
});

describe('ENTITY_VOCABULARY_REFRESH_MS', () => {
  it('defaults to 30 s and refuses what is not a positive whole number', () => {
    expect(loadEntityTaggingConfig({}).vocabularyRefreshMs).toBe(30_000);
    expect(
      loadEntityTaggingConfig({ ENTITY_VOCABULARY_REFRESH_MS: '500' }).vocabularyRefreshMs,
    ).toBe(500);
    expect(() => loadEntityTaggingConfig({ ENTITY_VOCABULARY_REFRESH_MS: '0' })).toThrow(
      /ENTITY_VOCABULARY_REFRESH_MS/,
    );
  });
});

describe('defaultNerModelPath', () => {
  it('finds the repository root from source and from the compiled dist/ tree', () => {
    const expected = '/repo/libs/ner/model/ner-model.bin';
    expect(defaultNerModelPath('/repo/services/entity-tagging/src/config')).toBe(expected);
    expect(defaultNerModelPath('/repo/dist/services/entity-tagging/src/config')).toBe(expected);
  });
});
