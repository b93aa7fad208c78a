import path from 'node:path';

/** The repository root, wherever the tool is started from (tools/ner/src → three levels up). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Where `train:ner` writes the model and where the evaluation and benchmark read it. */
export const DEFAULT_MODEL_PATH = path.join(REPO_ROOT, 'libs/ner/model/ner-model.bin');

/** The entity-tagging vocabulary; its names join the model's gazetteer. */
export const VOCABULARY_PATH = path.join(
  REPO_ROOT,
  'services/entity-tagging/src/domain/vocabulary/world-entities.vocabulary.json',
);

/** Original 500–600-word articles written for the benchmark. */
export const BENCH_FIXTURES_DIR = path.join(REPO_ROOT, 'tools/ner/fixtures');
