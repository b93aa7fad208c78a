import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_PATH } from './ner-tool-paths';

/** What `npm run eval:tagging` was asked to do. */
export interface EvalArguments {
  /** A CoNLL-format file (.txt/.conll) or a Reuters-21578 JSONL file (.jsonl). */
  readonly file: string;
  readonly model: string;
  /** Tag each sentence alone instead of each document as one text. */
  readonly perSentence: boolean;
  /** Overrides the tagger's default span confidence cut-off; 0 scores the plain Viterbi path. */
  readonly minConfidence: number | undefined;
  /** Where the JSON result goes. */
  readonly out: string;
  /** JSONL only: score the first N documents with topics assigned. */
  readonly limit: number | undefined;
  /** JSONL only: folder of `all-*-strings.lc.txt` (default: the file's folder). */
  readonly labelsDir: string | undefined;
}

export const EVAL_USAGE = `usage: npm run eval:tagging -- <file> [--model model.bin] [--per-sentence] [--min-confidence x] [--out result.json]
       npm run eval:tagging -- <reuters.jsonl> [--limit N] [--labels <dir>] [--model model.bin] [--out result.json]

On a CoNLL-2003-format file: joins each sentence's tokens with single spaces (sentences of a
document on separate lines), runs the tagger on that text, and prints exact-span precision,
recall and F1 for PER, ORG, LOC and all three (MISC ignored), as conlleval counts them.
--per-sentence tags every sentence as a text of its own, without document context;
--min-confidence overrides the tagger's cut-off (0.5; 0 scores the plain Viterbi path).

On a Reuters-21578 JSONL file: document-level precision, recall and F1 of places (resolved to
their countries), people and organisations against the index terms, after mapping names to the
lower-case hyphenated forms of all-*-strings.lc.txt (found in --labels, default the file's
folder), and the share of documents whose strongest IPTC Media Topic is one their Reuters
topics map to. --limit N scores the first N documents that have topics assigned.`;

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
      limit: { type: 'string' },
      labels: { type: 'string' },
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
  const rawLimit = values.limit;
  const limit = rawLimit === undefined ? undefined : Number(rawLimit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new Error('--limit must be a positive whole number');
  }
  const name = path.basename(file).replace(/\.[^.]+$/, '');
  return {
    file,
    model: values.model ?? DEFAULT_MODEL_PATH,
    perSentence,
    minConfidence,
    out: values.out ?? `dist/eval/ner-${name}${perSentence ? '-per-sentence' : ''}.json`,
    limit,
    labelsDir: values.labels,
  };
}
