// What a perfect pipeline should make of each demo item; tests compare against this instead of
// restating the stories, so the content can change without touching assertions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Folder of the demo site; relative to this file so it resolves the same under tsx and jest. */
export const DEMO_SITE_DIR = path.join(__dirname, '..', 'site');

const entitiesSchema = z.object({
  /** Canonical full names, as first introduced in the body (later references are surname-only). */
  people: z.array(z.string()),
  /** Canonical names: the expansion, not the acronym ("World Health Organization", not "WHO"). */
  organisations: z.array(z.string()),
  places: z.array(z.string()),
});

const demoItemSchema = z.object({
  /** Stable id, also the feed guid after the `newsflow-demo:` prefix. */
  id: z.string(),
  /** URL path on the demo source that the feed item links to. */
  path: z.string().startsWith('/'),
  /** Media type of the page, without parameters. */
  contentType: z.enum(['text/html', 'text/plain']),
  title: z.string(),
  /** News agency credited for the copy; null for the outlet's own staff reporting. */
  agency: z.enum(['AFP', 'Reuters', 'AP']).nullable(),
  /** Staff reporter's name, for staff stories only. */
  byline: z.string().nullable(),
  /** The feed item's pubDate, ISO-8601 UTC. */
  publishedAt: z.iso.datetime(),
  /** True for each outlet's copy of the AFP cholera story; their paragraphs are identical. */
  syndicatedAfpCopy: z.boolean(),
  /** Same topic as the AFP story but a different event: must not be grouped with it. */
  afpHardNegative: z.boolean(),
  /** The feed item carries the full text in content:encoded, so no page fetch is needed. */
  fullTextInFeed: z.boolean(),
  /** Body paragraphs exactly as a perfect extractor yields them; credit-only lines excluded. */
  paragraphs: z.array(z.string()).min(1),
  /** Everything the body names; agency credits in datelines are not mentions. */
  entities: entitiesSchema,
  /** Names that occur only in page chrome (related headlines, comments, sidebars): never to be inferred. */
  boilerplateNames: z.array(z.string()),
});

const demoExpectationsSchema = z.object({
  /** URL path of the RSS feed on the demo source. */
  feedPath: z.string().startsWith('/'),
  /** In feed order, newest first. */
  items: z.array(demoItemSchema).min(1),
});

export type DemoEntities = z.infer<typeof entitiesSchema>;
export type DemoItem = z.infer<typeof demoItemSchema>;
export type DemoAgency = NonNullable<DemoItem['agency']>;
export type DemoExpectations = z.infer<typeof demoExpectationsSchema>;

/** Reads and validates site/expected.json; throws if the file drifted from this schema. */
export function loadDemoExpectations(): DemoExpectations {
  const raw: unknown = JSON.parse(readFileSync(path.join(DEMO_SITE_DIR, 'expected.json'), 'utf8'));
  return demoExpectationsSchema.parse(raw);
}
