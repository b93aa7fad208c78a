import { parseArgs } from 'node:util';

export interface BenchIngestArguments {
  /** Pages in the Zyte or WCXB layout (`html/*.html.gz`). */
  readonly pages: string | null;
  /** Feed fixtures in the gofeed or rss-parser layout. */
  readonly feeds: string | null;
  /** Timed passes over each set, after one untimed warm-up pass. */
  readonly rounds: number;
}

export const BENCH_INGEST_USAGE = `usage: npm run bench:ingest -- [--pages <dir>] [--feeds <dir>] [--rounds N]

Measures the ingestion hot paths on one core, in this process: HTML pages extracted per second
(extractFromHtml: Readability, boilerplate rules, metadata) and feed documents parsed per second
(parseFeedDocument with the XML guard), as CPU time, wall time and per-document p50/p99.
  --pages   a folder in the Zyte or WCXB layout (html/<id>.html.gz), e.g. the Zyte benchmark
  --feeds   a folder in the gofeed or rss-parser layout (the eval:feeds fixtures)
  --rounds  timed passes over each set (default 3), after one untimed warm-up pass`;

/** Parses argv; throws an Error whose message is fit for the terminal. */
export function parseBenchIngestArguments(argv: readonly string[]): BenchIngestArguments | 'help' {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      pages: { type: 'string' },
      feeds: { type: 'string' },
      rounds: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return 'help';
  if (positionals.length > 0) {
    throw new Error(`unexpected arguments: ${positionals.join(' ')}\n\n${BENCH_INGEST_USAGE}`);
  }
  if (values.pages === undefined && values.feeds === undefined) {
    throw new Error(`give --pages and/or --feeds\n\n${BENCH_INGEST_USAGE}`);
  }
  const rounds = values.rounds === undefined ? 3 : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 100) {
    throw new Error('--rounds must be a whole number from 1 to 100');
  }
  return { pages: values.pages ?? null, feeds: values.feeds ?? null, rounds };
}
