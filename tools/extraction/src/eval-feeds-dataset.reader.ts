import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExpectedItem, FeedField } from './eval-feeds-comparison';

export type FeedEvalLayout = 'gofeed' | 'rss-parser';

/** One feed document and the items its reference library says it holds. */
export interface FeedFixture {
  /** Path of the input below the layout's root, without extension. */
  readonly id: string;
  readonly inputPath: string;
  readonly expected: ExpectedItem[];
}

export interface FeedEvalDataset {
  readonly layout: FeedEvalLayout;
  readonly fixtures: FeedFixture[];
}

type Json = Record<string, unknown>;
type ItemMapper = (item: Json) => ExpectedItem;

// gofeed's format parsers and its translator each have their own output shape; feed-level
// fixtures (extensions/, parser/universal/) have no expected items and are left out.
const GOFEED_FOLDERS: readonly { folder: string; input: 'xml' | 'json'; map: ItemMapper }[] = [
  { folder: 'parser/rss', input: 'xml', map: gofeedRssItem },
  { folder: 'parser/atom', input: 'xml', map: gofeedAtomEntry },
  { folder: 'parser/json', input: 'json', map: jsonFeedItem },
  { folder: 'translator/rss', input: 'xml', map: gofeedUniversalItem },
  { folder: 'translator/atom', input: 'xml', map: gofeedUniversalItem },
  { folder: 'translator/json', input: 'json', map: gofeedUniversalItem },
];

/** Detects the layout of `dir` (gofeed's testdata or rss-parser's test folder) and reads it. */
export async function readFeedEvalDataset(dir: string): Promise<FeedEvalDataset> {
  const gofeedRoot = [path.join(dir, 'testdata'), dir].find((root) =>
    existsSync(path.join(root, 'parser')),
  );
  if (gofeedRoot !== undefined) {
    return { layout: 'gofeed', fixtures: await readGofeed(gofeedRoot) };
  }
  const rssParserRoot = [path.join(dir, 'test'), dir].find((root) =>
    existsSync(path.join(root, 'output')),
  );
  if (rssParserRoot !== undefined) {
    return { layout: 'rss-parser', fixtures: await readRssParser(rssParserRoot) };
  }
  throw new Error(`${dir}: neither gofeed (testdata/parser) nor rss-parser (test/output) layout`);
}

/** Text of a file, honouring a BOM or an XML encoding declaration; UTF-8 otherwise. */
export function decodeDocument(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A file that is not what it claims (or not UTF-8) is read as Windows-1252, never rejected.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readGofeed(root: string): Promise<FeedFixture[]> {
  const fixtures: FeedFixture[] = [];
  for (const { folder, input, map } of GOFEED_FOLDERS) {
    const folderPath = path.join(root, folder);
    if (!existsSync(folderPath)) continue;
    const names = (await readdir(folderPath)).sort();
    for (const name of names) {
      const base = inputBase(name, input);
      if (base === null) continue;
      const expectedName = input === 'xml' ? `${base}.json` : `${base}_expected.json`;
      if (!names.includes(expectedName)) continue;
      const output = await readJson(path.join(folderPath, expectedName));
      const items = arrayOf(output['items'] ?? output['entries']);
      fixtures.push({
        id: `${folder}/${base}`,
        inputPath: path.join(folderPath, name),
        expected: items.map(map),
      });
    }
  }
  return fixtures;
}

async function readRssParser(root: string): Promise<FeedFixture[]> {
  const inputDir = path.join(root, 'input');
  const fixtures: FeedFixture[] = [];
  for (const name of (await readdir(inputDir)).sort()) {
    const base = name.replace(/\.[^.]+$/, '');
    const outputPath = path.join(root, 'output', `${base}.json`);
    if (!existsSync(outputPath)) continue;
    const output = await readJson(outputPath);
    const feed = recordOf(output['feed']) ?? output;
    fixtures.push({
      id: base,
      inputPath: path.join(inputDir, name),
      expected: arrayOf(feed['items']).map(rssParserItem),
    });
  }
  return fixtures;
}

function inputBase(name: string, input: 'xml' | 'json'): string | null {
  if (input === 'xml') return name.endsWith('.xml') ? name.slice(0, -'.xml'.length) : null;
  return name.endsWith('.json') && !name.endsWith('_expected.json')
    ? name.slice(0, -'.json'.length)
    : null;
}

function gofeedRssItem(item: Json): ExpectedItem {
  return expectedItem({
    guid: recordOf(item['guid'])?.['value'],
    link: item['link'],
    title: item['title'],
    date: item['pubDateParsed'],
    content: item['content'],
  });
}

function gofeedAtomEntry(item: Json): ExpectedItem {
  const links = arrayOf(item['links']);
  const alternate = links.find((link) => (link['rel'] ?? 'alternate') === 'alternate');
  return expectedItem({
    guid: item['id'],
    link: alternate?.['href'],
    title: item['title'],
    date: item['publishedParsed'],
    content: recordOf(item['content'])?.['value'],
  });
}

function gofeedUniversalItem(item: Json): ExpectedItem {
  return expectedItem({
    guid: item['guid'],
    link: item['link'],
    title: item['title'],
    date: item['publishedParsed'],
    content: item['content'],
  });
}

function jsonFeedItem(item: Json): ExpectedItem {
  return expectedItem({
    guid: item['id'],
    link: item['url'],
    title: item['title'],
    date: item['date_published'],
    content: item['content_html'] ?? item['content_text'],
  });
}

function rssParserItem(item: Json): ExpectedItem {
  return expectedItem({
    guid: item['guid'] ?? item['id'],
    link: item['link'],
    title: item['title'],
    date: item['isoDate'],
    content: item['content'],
  });
}

/**
 * Keeps the fields given as non-blank strings; anything else is "not provided". So is a value
 * holding U+FFFD: the reference library mis-decoded the document, so it is no ground truth.
 */
function expectedItem(values: Record<FeedField, unknown>): ExpectedItem {
  const item: ExpectedItem = {};
  for (const [field, value] of Object.entries(values) as [FeedField, unknown][]) {
    if (typeof value === 'string' && value.trim() !== '' && !value.includes('\uFFFD')) {
      item[field] = value;
    }
  }
  return item;
}

async function readJson(file: string): Promise<Json> {
  const parsed: unknown = JSON.parse(decodeDocument(await readFile(file)));
  const record = recordOf(parsed);
  if (record === null) throw new Error(`${file}: expected a JSON object`);
  return record;
}

function recordOf(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value)
    ? value.map((entry) => recordOf(entry)).filter((entry) => entry !== null)
    : [];
}
