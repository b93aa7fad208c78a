// `npm run eval:feeds -- <dir> [--out result.json]`: score parseFeedDocument on a feed parser's
// test data (gofeed or rss-parser layout), print the figures and write them as JSON.
import { isFeedParseError, parseFeedDocument, type FeedItem } from '@newsflow/feeds';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FEEDS_USAGE, parseFeedEvalArguments } from './eval-feeds-arguments';
import { compareItems, providedFieldCount } from './eval-feeds-comparison';
import { decodeDocument, readFeedEvalDataset, type FeedFixture } from './eval-feeds-dataset.reader';
import { formatFeedReport, summariseFeedEval, type FixtureOutcome } from './eval-feeds-report';

// Fixtures are files, not fetched documents; relative links resolve against this placeholder.
const FIXTURE_URL = 'https://feeds.example/feed';

async function score(fixture: FeedFixture): Promise<FixtureOutcome> {
  const body = decodeDocument(await readFile(fixture.inputPath));
  let items: FeedItem[] = [];
  let parseError: string | null = null;
  try {
    items = parseFeedDocument(body, FIXTURE_URL).items;
  } catch (error) {
    parseError = isFeedParseError(error)
      ? `${error.kind}: ${error.message}`
      : `unexpected: ${error instanceof Error ? error.message : String(error)}`;
  }
  const comparison =
    providedFieldCount(fixture.expected) === 0 ? null : compareItems(fixture.expected, items);
  return { id: fixture.id, parseError, comparison };
}

async function main(): Promise<void> {
  const args = parseFeedEvalArguments(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(`${FEEDS_USAGE}\n`);
    return;
  }
  const dataset = await readFeedEvalDataset(args.dir);
  const outcomes: FixtureOutcome[] = [];
  for (const fixture of dataset.fixtures) outcomes.push(await score(fixture));
  const report = summariseFeedEval(dataset.layout, outcomes);
  const out = args.out ?? path.join('dist', 'eval', `feeds-${dataset.layout}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ dir: path.resolve(args.dir), ...report }, null, 2)}\n`);
  process.stdout.write(`${formatFeedReport(report)}\nwritten: ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:feeds: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
