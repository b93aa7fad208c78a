// `npm run eval:extraction -- <dir> [--out result.json]`: score the HTML extractor on a
// benchmark folder (Zyte or WCXB layout), print the figures and write them as JSON.
import { extractFromHtml } from '@newsflow/extraction';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseEvalArguments, USAGE } from './eval-arguments';
import { readCaseHtml, readEvalDataset, type EvalCase } from './eval-dataset.reader';
import { formatReport } from './eval-report.table';
import { scoreWcxb, scoreZyte, type PagePrediction } from './extraction-scores';

interface Predicted {
  readonly prediction: PagePrediction;
  /** Wall-clock and CPU milliseconds spent in the extractor, reading the file excluded. */
  readonly ms: number;
  readonly cpuMs: number;
}

async function predict(dir: string, page: EvalCase): Promise<Predicted> {
  const html = await readCaseHtml(dir, page.id);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = extractFromHtml(html, page.url);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  return {
    prediction: {
      body: result.paragraphs.join('\n\n'),
      title: result.title,
      author: result.byline,
      // The day as the page states it: the benchmark's dates are the publisher's local day.
      publishedAt: result.publishedDate ?? result.publishedAt,
    },
    ms,
    cpuMs: (used.user + used.system) / 1000,
  };
}

async function main(): Promise<void> {
  const args = parseEvalArguments(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dataset = await readEvalDataset(args.dir);
  const cases = args.limit === null ? dataset.cases : dataset.cases.slice(0, args.limit);
  const predictions: PagePrediction[] = [];
  let extractionMs = 0;
  let cpuMs = 0;
  for (const page of cases) {
    const predicted = await predict(args.dir, page);
    predictions.push(predicted.prediction);
    extractionMs += predicted.ms;
    cpuMs += predicted.cpuMs;
  }
  const report =
    dataset.layout === 'zyte' ? scoreZyte(cases, predictions) : scoreWcxb(cases, predictions);
  const timing = { seconds: extractionMs / 1000, cpuSeconds: cpuMs / 1000, pages: cases.length };
  const out = args.out ?? path.join('dist', 'eval', `extraction-${dataset.layout}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify({ dir: path.resolve(args.dir), timing, ...report }, null, 2)}\n`,
  );
  process.stdout.write(`${formatReport(report, timing)}\nwritten: ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `eval:extraction: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
