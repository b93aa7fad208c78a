// `npm run bench:ingest -- --pages <dir> --feeds <dir>`: pages extracted and feeds parsed per
// second on one core. Figures go to docs/performance.md with the machine they ran on.
import { cpus } from 'node:os';
import { readFile } from 'node:fs/promises';
import { extractFromHtml } from '@newsflow/extraction';
import { isFeedParseError, parseFeedDocument } from '@newsflow/feeds';
import { BENCH_INGEST_USAGE, parseBenchIngestArguments } from './bench-ingest-arguments';
import { measureThroughput, type ThroughputFigures } from './bench-timing';
import { readCaseHtml, readEvalDataset } from './eval-dataset.reader';
import { decodeDocument, readFeedEvalDataset } from './eval-feeds-dataset.reader';

const FIXTURE_URL = 'https://feeds.example/feed';

function line(label: string, figures: ThroughputFigures): string {
  return [
    `${label}: ${figures.perCpuSecond.toFixed(1)}/s per core (CPU time)`,
    `${figures.perWallSecond.toFixed(1)}/s wall`,
    `p50 ${figures.p50Ms.toFixed(2)} ms, p99 ${figures.p99Ms.toFixed(2)} ms`,
    `${figures.documents} documents timed`,
  ].join(' · ');
}

async function benchPages(dir: string, rounds: number): Promise<string> {
  const dataset = await readEvalDataset(dir);
  const pages = await Promise.all(
    dataset.cases.map(async (page) => ({ html: await readCaseHtml(dir, page.id), url: page.url })),
  );
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0);
  const figures = measureThroughput(pages, rounds, (page) => extractFromHtml(page.html, page.url));
  const mib = bytes / pages.length / 1024;
  return line(
    `pages extracted (${dataset.layout}, ${pages.length}, mean ${mib.toFixed(0)} KiB)`,
    figures,
  );
}

async function benchFeeds(dir: string, rounds: number): Promise<string> {
  const dataset = await readFeedEvalDataset(dir);
  const bodies = await Promise.all(
    dataset.fixtures.map(async (fixture) => decodeDocument(await readFile(fixture.inputPath))),
  );
  let refused = 0;
  const parse = (body: string) => {
    try {
      return parseFeedDocument(body, FIXTURE_URL).items.length;
    } catch (error) {
      if (!isFeedParseError(error)) throw error;
      refused += 1;
      return 0;
    }
  };
  const figures = measureThroughput(bodies, rounds, parse);
  const label = `feeds parsed (${dataset.layout}, ${bodies.length}, ${refused / (rounds + 1)} refused as malformed)`;
  return line(label, figures);
}

async function main(): Promise<void> {
  const args = parseBenchIngestArguments(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(`${BENCH_INGEST_USAGE}\n`);
    return;
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
  process.stdout.write(`bench:ingest on ${machine}, ${args.rounds} timed round(s)\n`);
  if (args.pages !== null) process.stdout.write(`${await benchPages(args.pages, args.rounds)}\n`);
  if (args.feeds !== null) process.stdout.write(`${await benchFeeds(args.feeds, args.rounds)}\n`);
  const heapMiB = process.memoryUsage().heapUsed / 1024 / 1024;
  process.stdout.write(`heap in use at the end: ${heapMiB.toFixed(0)} MiB\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
