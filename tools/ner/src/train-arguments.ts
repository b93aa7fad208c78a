import { parseArgs } from 'node:util';
import type { TagScheme } from '@newsflow/ner';
import { DEFAULT_MODEL_PATH } from './ner-tool-paths';

/** What `npm run train:ner` was asked to do. */
export interface TrainArguments {
  /** CoNLL-format training file. */
  readonly trainPath: string;
  /** CoNLL-format file scored after every epoch; not used for training or model selection. */
  readonly devPath: string | undefined;
  readonly epochs: number;
  readonly scheme: TagScheme;
  /** Feature hashes keep this many low bits. */
  readonly bits: number;
  /** Where the model file goes. */
  readonly out: string;
}

/** The settings chosen on the dev set (docs/quality-ner.md); flags exist to re-run that study. */
export const TRAIN_DEFAULTS = { epochs: 10, scheme: 'BILOU', bits: 18 } as const;

export const TRAIN_USAGE = `usage: npm run train:ner -- <conll-train> [<conll-dev>] [--epochs n] [--scheme BIO|BILOU] [--bits n] [--out model.bin]

Trains the averaged-perceptron entity tagger (fixed seed, fixed epochs) and writes the model,
by default to libs/ner/model/ner-model.bin. With a dev file, prints its F1 after every epoch.`;

/** Parses argv; throws an Error whose message is fit for the terminal. */
export function parseTrainArguments(argv: readonly string[]): TrainArguments {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      epochs: { type: 'string' },
      scheme: { type: 'string' },
      bits: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [trainPath, devPath, ...rest] = positionals;
  if (trainPath === undefined) throw new Error(TRAIN_USAGE);
  if (rest.length > 0) throw new Error(`unexpected arguments: ${rest.join(' ')}\n\n${TRAIN_USAGE}`);
  const scheme = values.scheme ?? TRAIN_DEFAULTS.scheme;
  if (scheme !== 'BIO' && scheme !== 'BILOU') throw new Error('--scheme must be BIO or BILOU');
  return {
    trainPath,
    devPath,
    epochs: integer('--epochs', values.epochs, TRAIN_DEFAULTS.epochs, 1, 100),
    scheme,
    bits: integer('--bits', values.bits, TRAIN_DEFAULTS.bits, 12, 24),
    out: values.out ?? DEFAULT_MODEL_PATH,
  };
}

function integer(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}
