// Trains the entity tagger on CoNLL-2003 and writes libs/ner/model/ner-model.bin.
// Usage: npm run train:ner -- <conll-train> [<conll-dev>] [--epochs N] [--scheme BIO|BILOU]
//        [--bits N] [--out path]
// Deterministic: a fixed seed orders every epoch, so the same data gives the same file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildGazetteerData,
  conllDocumentText,
  encodeModel,
  evaluateOnConll,
  NerTagger,
  parseConll,
  quantiseModel,
  trainNerModel,
} from '@newsflow/ner';
import { formatEpoch, formatEvaluation } from './format-scores';
import { VOCABULARY_PATH } from './ner-tool-paths';
import { readVocabularyNames } from './vocabulary-names';
import { parseTrainArguments } from './train-arguments';

const SEED = 20030531;

function main(): void {
  const options = parseTrainArguments(process.argv.slice(2));
  const started = Date.now();
  const train = parseConll(readFileSync(options.trainPath, 'utf8'));
  const dev =
    options.devPath === undefined ? [] : parseConll(readFileSync(options.devPath, 'utf8'));
  const gazetteer = buildGazetteerData(readVocabularyNames(VOCABULARY_PATH));
  console.log(
    `training on ${train.length} documents (${options.scheme}, 2^${options.bits} buckets, ` +
      `${options.epochs} epochs${dev.length > 0 ? `, dev ${dev.length} documents` : ''})`,
  );
  const model = trainNerModel(train.map(conllDocumentText), {
    epochs: options.epochs,
    scheme: options.scheme,
    bucketBits: options.bits,
    seed: SEED,
    gazetteer,
    metadata: {
      name: 'newsflow-ner',
      trainedOn: path.basename(options.trainPath),
      seed: SEED,
    },
    onEpoch: (epoch, averaged, accuracy) => {
      if (dev.length === 0) {
        console.log(formatEpoch(epoch, accuracy));
        return;
      }
      const tagger = new NerTagger(averaged);
      console.log(
        formatEpoch(
          epoch,
          accuracy,
          evaluateOnConll(dev, (text) => tagger.tag(text)),
        ),
      );
    },
  });
  const quantised = quantiseModel(model);
  if (dev.length > 0) {
    const tagger = new NerTagger(quantised);
    console.log('\nthe saved (quantised) model on the dev set:');
    console.log(formatEvaluation(evaluateOnConll(dev, (text) => tagger.tag(text))));
  }
  const bytes = encodeModel(quantised);
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, bytes);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const megabytes = (bytes.length / 1e6).toFixed(2);
  console.log(`\nwrote ${options.out} (${megabytes} MB) in ${seconds} s`);
}

try {
  main();
} catch (error: unknown) {
  console.error('[train:ner]', error instanceof Error ? error.message : error);
  process.exit(1);
}
