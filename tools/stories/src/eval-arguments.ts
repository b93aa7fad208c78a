import { parseArgs } from 'node:util';

/** What `npm run eval:stories` was asked to do. */
export interface EvalArguments {
  /** JSONL file in the layout of ECB+ (doc, topic, cluster, text). */
  readonly file: string;
  /** Fixed threshold for our methods; null sweeps and picks the best on the file. */
  readonly threshold: number | null;
  /** Where the JSON result goes. */
  readonly out: string;
  /** Arrival orders for the online method: the file order plus shuffles (≥ 1). */
  readonly orders: number;
}

export const USAGE = `usage: npm run eval:stories -- <file.jsonl> [--threshold x] [--out result.json] [--orders n]

Scores "same story" pairwise precision/recall/F1 within each topic for three methods: a tuned
TF-IDF cosine baseline, batch story clustering (clusterStories) and online assignment
(assignStory, as the deduplication service runs it; averaged over n arrival orders, default 5).
Without --threshold the thresholds are swept, the curve printed and the best one reported.`;

/** Parses argv; throws an Error whose message is fit for the terminal. */
export function parseEvalArguments(argv: readonly string[]): EvalArguments {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      threshold: { type: 'string' },
      out: { type: 'string' },
      orders: { type: 'string' },
    },
  });
  const [file, ...rest] = positionals;
  if (file === undefined) throw new Error(USAGE);
  if (rest.length > 0) throw new Error(`unexpected arguments: ${rest.join(' ')}\n\n${USAGE}`);
  const threshold = values.threshold === undefined ? null : Number(values.threshold);
  if (threshold !== null && !(threshold > 0 && threshold < 1)) {
    throw new Error('--threshold must be a number between 0 and 1');
  }
  const orders = values.orders === undefined ? 5 : Number(values.orders);
  if (!Number.isInteger(orders) || orders < 1) throw new Error('--orders must be an integer ≥ 1');
  return { file, threshold, out: values.out ?? 'dist/eval/stories-eval.json', orders };
}
