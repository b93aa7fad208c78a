import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_PATH } from './ner-tool-paths';

/** What `npm run eval:tagging` was asked to do. */
export interface EvalArguments {
  /** A CoNLL-format file (.txt/.conll) or, later, a Reuters JSONL file. */
  readonly file: string;
  readonly model: string;
  /** Tag each sentence alone instead of each document as one text. */
  readonly perSentence: boolean;
  /** Overrides the tagger's default span confidence cut-off; 0 scores the plain Viterbi path. */
  readonly minConfidence: number | undefined;
  /** Where the JSON result goes. */
  readonly out: string;
}

export const EVAL_USAGE = `usage: npm run eval:tagging -- <file> [--model model.bin] [--per-sentence] [--min-confidence x] [--out result.json]

On a CoNLL-2003-format file: joins each sentence's tokens with single spaces (sentences of a
document on separate lines), runs the tagger on that text, and prints exact-span precision,
recall and F1 for PER, ORG, LOC and all three (MISC ignored), as conlleval counts them.
--per-sentence tags every sentence as a text of its own, without document context;
--min-confidence overrides the tagger's cut-off (0.5; 0 scores the plain Viterbi path).`;

/** Parses argv; throws an Error whose message is fit for the terminal. */
export function parseEvalArguments(argv: readonly string[]): EvalArguments {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      'per-sentence': { type: 'boolean' },
      'min-confidence': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [file, ...rest] = positionals;
  if (file === undefined) throw new Error(EVAL_USAGE);
  if (rest.length > 0) throw new Error(`unexpected arguments: ${rest.join(' ')}\n\n${EVAL_USAGE}`);
  const perSentence = values['per-sentence'] ?? false;
  const rawMin = values['min-confidence'];
  const minConfidence = rawMin === undefined ? undefined : Number(rawMin);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new Error('--min-confidence must be a number from 0 to 1');
  }
  const name = path.basename(file).replace(/\.[^.]+$/, '');
  return {
    file,
    model: values.model ?? DEFAULT_MODEL_PATH,
    perSentence,
    minConfidence,
    out: values.out ?? `dist/eval/ner-${name}${perSentence ? '-per-sentence' : ''}.json`,
  };
}
