import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/** What the benchmark says a page holds. Metadata is only known for the WCXB layout. */
export interface EvalCase {
  readonly id: string;
  readonly url: string | null;
  readonly body: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publishDate: string | null;
}

export type EvalLayout = 'zyte' | 'wcxb';

export interface EvalDataset {
  readonly layout: EvalLayout;
  readonly cases: EvalCase[];
}

const zyteTruthSchema = z.record(
  z.string(),
  z.object({ articleBody: z.string().nullish(), url: z.string().nullish() }),
);
const wcxbTruthSchema = z.object({
  url: z.string().nullish(),
  ground_truth: z.object({
    title: z.string().nullish(),
    author: z.string().nullish(),
    publish_date: z.string().nullish(),
    main_content: z.string().nullish(),
  }),
});

const HTML_SUFFIX = '.html.gz';

/** Detects the layout of `dir` and reads every page's ground truth, sorted by id. */
export async function readEvalDataset(dir: string): Promise<EvalDataset> {
  if (!existsSync(path.join(dir, 'html'))) {
    throw new Error(`${dir} has no html/ folder: neither the Zyte nor the WCXB layout`);
  }
  if (existsSync(path.join(dir, 'ground-truth.json'))) {
    return { layout: 'zyte', cases: await readZyteCases(dir) };
  }
  if (existsSync(path.join(dir, 'ground-truth'))) {
    return { layout: 'wcxb', cases: await readWcxbCases(dir) };
  }
  throw new Error(`${dir} has neither ground-truth.json (Zyte) nor ground-truth/ (WCXB)`);
}

/** The page's HTML, decompressed and decoded as UTF-8 (both sets store it so). */
export async function readCaseHtml(dir: string, id: string): Promise<string> {
  return gunzipSync(await readFile(path.join(dir, 'html', `${id}${HTML_SUFFIX}`))).toString('utf8');
}

async function readZyteCases(dir: string): Promise<EvalCase[]> {
  const truth = zyteTruthSchema.parse(
    JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8')),
  );
  const ids = new Set(await htmlIds(dir));
  return Object.entries(truth)
    .filter(([id]) => ids.has(id))
    .map(([id, page]) => ({
      id,
      url: page.url ?? null,
      body: page.articleBody ?? '',
      title: null,
      author: null,
      publishDate: null,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function readWcxbCases(dir: string): Promise<EvalCase[]> {
  const cases: EvalCase[] = [];
  for (const id of await htmlIds(dir)) {
    const file = path.join(dir, 'ground-truth', `${id}.json`);
    if (!existsSync(file)) {
      continue;
    }
    const page = wcxbTruthSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    cases.push({
      id,
      url: page.url ?? null,
      body: page.ground_truth.main_content ?? '',
      title: page.ground_truth.title ?? null,
      author: page.ground_truth.author ?? null,
      publishDate: page.ground_truth.publish_date ?? null,
    });
  }
  return cases;
}

async function htmlIds(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'html')))
    .filter((name) => name.endsWith(HTML_SUFFIX))
    .map((name) => name.slice(0, -HTML_SUFFIX.length))
    .sort();
}
