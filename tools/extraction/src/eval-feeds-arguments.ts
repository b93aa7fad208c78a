import { parseArgs } from 'node:util';

export interface FeedEvalArguments {
  /** Folder in the gofeed or the rss-parser layout. */
  readonly dir: string;
  /** Where to write the JSON result; null for dist/eval/feeds-<layout>.json. */
  readonly out: string | null;
}

export const FEEDS_USAGE = `usage: npm run eval:feeds -- <dir> [--out result.json]

Runs parseFeedDocument over every fixture of a feed parser's test data, compares each item's
guid, link, title, date and content with the expected output, prints the scores and writes them
with the failing fixtures as JSON (default dist/eval/feeds-<layout>.json).
  gofeed layout:      <dir>/testdata/parser|translator/<format>/<name>.xml + <name>.json
  rss-parser layout:  <dir>/test/input/<name>.rss|.atom + <dir>/test/output/<name>.json`;

/** Parses argv; throws an Error whose message is fit for the terminal. */
export function parseFeedEvalArguments(argv: readonly string[]): FeedEvalArguments | 'help' {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    return 'help';
  }
  const [dir, ...rest] = positionals;
  if (dir === undefined) {
    throw new Error(`missing the evaluation folder\n\n${FEEDS_USAGE}`);
  }
  if (rest.length > 0) {
    throw new Error(`unexpected arguments: ${rest.join(' ')}`);
  }
  return { dir, out: values.out ?? null };
}
