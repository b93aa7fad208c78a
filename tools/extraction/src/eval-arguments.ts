import { parseArgs } from 'node:util';

export interface EvalArguments {
  /** Folder in the Zyte or the WCXB layout. */
  readonly dir: string;
  /** Where to write the JSON result; null for dist/eval/extraction-<layout>.json. */
  readonly out: string | null;
  /** Score only the first N pages (by id), for a quick look while working on the extractor. */
  readonly limit: number | null;
}

export const USAGE = `usage: npm run eval:extraction -- <dir> [--out result.json] [--limit N]

Runs the HTML extractor over every page of an evaluation set, prints the scores and writes
them with per-page detail as JSON (default dist/eval/extraction-<layout>.json).
  Zyte layout:  <dir>/html/<id>.html.gz and <dir>/ground-truth.json
                scores: precision, recall and F1 of 4-token shingles (the benchmark's metric)
  WCXB layout:  <dir>/html/<id>.html.gz and <dir>/ground-truth/<id>.json
                scores: word F1 of the body, and title / author / date exactness`;

/** Parses argv; throws an Error whose message is fit for the terminal. */
export function parseEvalArguments(argv: readonly string[]): EvalArguments | 'help' {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    return 'help';
  }
  const [dir, ...rest] = positionals;
  if (dir === undefined) {
    throw new Error(`missing the evaluation folder\n\n${USAGE}`);
  }
  if (rest.length > 0) {
    throw new Error(`unexpected arguments: ${rest.join(' ')}`);
  }
  const limit = values.limit === undefined ? null : Number(values.limit);
  if (limit !== null && (!Number.isInteger(limit) || limit <= 0)) {
    throw new Error('--limit must be a positive whole number');
  }
  return { dir, out: values.out ?? null, limit };
}
