import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FeedRegistryHarness } from './feed-registry-harness';
import { eventually, rootDir } from './pipeline-harness';

const harness = new FeedRegistryHarness(3150);
const run = promisify(execFile);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

interface FeedView {
  id: string;
  url: string;
  title: string | null;
  status: string;
  health: string;
  lastStatus: number | null;
  itemsSeen: number;
  nextPollAt: string | null;
  nextPollReason: string;
}

async function feed(id: string): Promise<FeedView> {
  const response = await harness.api('GET', `/v1/feeds/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as FeedView;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The CLI as an operator runs it, against this run's read-api. */
function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'tools/cli/src/main.ts', ...args], {
    cwd: rootDir,
    env: {
      ...process.env,
      NEWSFLOW_API_URL: harness.readApi.url,
      NEWSFLOW_API_KEY: harness.adminKey,
    },
  });
}

describe('the feed registry, with feed-ingestion polling what it registers', () => {
  let alphaId = '';

  it('adds a feed that feed-ingestion then polls, and shows its state', async () => {
    const added = await harness.api('POST', '/v1/feeds', {
      url: harness.feedUrl('alpha'),
      title: 'Alpha',
    });
    expect(added.status).toBe(201);
    const view = (await added.json()) as FeedView;
    alphaId = view.id;
    expect(view).toMatchObject({
      url: harness.feedUrl('alpha'),
      health: 'new',
      nextPollReason: 'new feed',
      status: 'active',
    });

    await eventually(
      () => (harness.pollCount('alpha') > 0 ? true : undefined),
      'alpha polled',
      30_000,
    );
    const polled = await eventually(
      async () => {
        const state = await feed(alphaId);
        return state.health === 'healthy' && state.itemsSeen > 0 ? state : undefined;
      },
      'alpha healthy with items',
      60_000,
    );
    expect(polled).toMatchObject({ lastStatus: 200, nextPollReason: 'regular interval' });
    expect(polled.nextPollAt).not.toBeNull();

    const again = await harness.api('POST', '/v1/feeds', { url: harness.feedUrl('alpha') });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(alphaId);
    const byUrl = await harness.api(
      'GET',
      `/v1/feeds?url=${encodeURIComponent(harness.feedUrl('alpha'))}`,
    );
    expect(((await byUrl.json()) as { items: FeedView[] }).items.map((f) => f.id)).toEqual([
      alphaId,
    ]);
  });

  it('refuses bad input with 400s that explain, and changes only with an admin key', async () => {
    const bad = await harness.api('POST', '/v1/feeds', {
      url: 'https://user:pw@example.org/rss',
      kind: 'podcast',
    });
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as { problems: string[] }).problems.join('\n');
    expect(problems).toMatch(/url: feed URL must not carry a user name or password/);
    expect(problems).toMatch(/kind/);
    expect((await harness.api('POST', '/v1/feeds', { url: 'ftp://example.org/rss' })).status).toBe(
      400,
    );
    expect((await harness.api('GET', '/v1/feeds?health[$ne]=x')).status).toBe(400);
    expect((await harness.api('GET', '/v1/feeds/not-an-id')).status).toBe(400);
    expect((await harness.api('GET', '/v1/feeds?cursor=forged')).status).toBe(400);

    const created = await harness.api('POST', '/v1/admin/api-keys', {
      name: 'reader',
      scopes: ['read'],
    });
    const { token } = (await created.json()) as { token: string };
    expect((await harness.api('GET', '/v1/feeds', undefined, { key: token })).status).toBe(200);
    expect(
      (await harness.api('POST', '/v1/feeds', { url: 'https://example.org/x' }, { key: token }))
        .status,
    ).toBe(403);
    expect(
      (await harness.api('POST', `/v1/feeds/${alphaId}/pause`, undefined, { key: token })).status,
    ).toBe(403);
  });

  it('stops polling a paused feed and polls it again once resumed', async () => {
    const paused = await harness.api('POST', `/v1/feeds/${alphaId}/pause`);
    expect(paused.status).toBe(200);
    expect(await paused.json()).toMatchObject({ status: 'paused', nextPollAt: null });
    await sleep(1500); // a poll already in flight may still land
    const before = harness.pollCount('alpha');
    await sleep(4000);
    expect(harness.pollCount('alpha')).toBe(before);
    expect(await feed(alphaId)).toMatchObject({
      status: 'paused',
      nextPollReason: 'paused by an operator',
    });

    const resumed = await harness.api('POST', `/v1/feeds/${alphaId}/resume`);
    expect(resumed.status).toBe(200);
    await eventually(
      () => (harness.pollCount('alpha') > before ? true : undefined),
      'alpha polled again',
      30_000,
    );
  });

  it('imports an OPML list, whose feeds are then polled, and exports it back', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>
      <outline text="Local"><outline type="rss" text="Beta" xmlUrl="${harness.feedUrl('beta')}"/>
        <outline type="rss" text="Gamma" xmlUrl="${harness.feedUrl('gamma')}"/></outline>
      <outline type="rss" text="Alpha again" xmlUrl="${harness.feedUrl('alpha')}"/>
      <outline type="rss" text="Broken" xmlUrl="gopher://example.org/feed"/></body></opml>`;
    const imported = await harness.api('POST', '/v1/feeds/import', opml, {
      contentType: 'text/x-opml',
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({
      added: 2,
      alreadyPresent: 1,
      invalid: 1,
      problems: [{ entry: 'Broken', reason: 'xmlUrl must be http or https, not gopher:' }],
    });
    await eventually(
      () => (harness.pollCount('beta') > 0 && harness.pollCount('gamma') > 0 ? true : undefined),
      'imported feeds polled',
      30_000,
    );
    const dtd = '<!DOCTYPE opml [<!ENTITY x "y">]><opml><body/></opml>';
    expect(
      (await harness.api('POST', '/v1/feeds/import', dtd, { contentType: 'application/xml' }))
        .status,
    ).toBe(400);
    expect(
      (await harness.api('POST', '/v1/feeds/import', 'x', { contentType: 'image/png' })).status,
    ).toBe(415);

    const exported = await harness.api('GET', '/v1/feeds/export');
    expect(exported.headers.get('content-type')).toContain('text/x-opml');
    const text = await exported.text();
    for (const name of ['alpha', 'beta', 'gamma'])
      expect(text).toContain(`xmlUrl="${harness.feedUrl(name)}"`);
  });

  it('lists with filters and a cursor, and soft-removes a feed so it is never polled again', async () => {
    const first = (await (await harness.api('GET', '/v1/feeds?limit=2')).json()) as {
      items: FeedView[];
      nextCursor: string;
    };
    expect(first.items).toHaveLength(2);
    const second = (await (
      await harness.api('GET', `/v1/feeds?limit=2&cursor=${first.nextCursor}`)
    ).json()) as {
      items: FeedView[];
      nextCursor: string | null;
    };
    expect([...first.items, ...second.items].map((f) => f.title)).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ]);
    expect(second.nextCursor).toBeNull();

    const gamma = first.items.concat(second.items).find((f) => f.title === 'Gamma')!;
    expect((await harness.api('DELETE', `/v1/feeds/${gamma.id}`)).status).toBe(204);
    await sleep(1500);
    const before = harness.pollCount('gamma');
    await sleep(3000);
    expect(harness.pollCount('gamma')).toBe(before);
    const listed = (await (await harness.api('GET', '/v1/feeds')).json()) as { items: FeedView[] };
    expect(listed.items.map((f) => f.title)).toEqual(['Alpha', 'Beta']);
    const removed = (await (await harness.api('GET', '/v1/feeds?removed=true')).json()) as {
      items: FeedView[];
    };
    expect(removed.items.map((f) => f.status)).toEqual(['removed']);
  });

  it('is driven by the admin CLI: feeds add, list, pause', async () => {
    const added = await cli('feeds', 'add', harness.feedUrl('delta'), '--title', 'Delta');
    expect(JSON.parse(added.stdout)).toMatchObject({ title: 'Delta', health: 'new' });
    const listed = await cli('feeds', 'list');
    expect(listed.stdout).toMatch(/^STATUS\s+HEALTH/);
    expect(listed.stdout).toContain(harness.feedUrl('delta'));
    const paused = await cli('feeds', 'pause', harness.feedUrl('delta'));
    expect(JSON.parse(paused.stdout)).toMatchObject({ status: 'paused' });
    const refused = await cli('feeds', 'add', harness.feedUrl('delta')).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/answered 409: feed already registered/);

    const file = path.join(os.tmpdir(), `feeds-${harness.runId}.opml`);
    writeFileSync(
      file,
      `<opml version="1.0"><body><outline xmlUrl="${harness.feedUrl('epsilon')}"/></body></opml>`,
    );
    expect((await cli('feeds', 'import', file)).stdout).toContain(
      'added 1, already present 0, invalid 0',
    );
  });

  // read-api serves the vocabulary routes too; no tagger is needed to drive them.
  it('is driven by the admin CLI: entities add, search, show, update', async () => {
    const added = await cli(
      'entities',
      'add',
      '--type',
      'person',
      '--name',
      'Jane Doe',
      '--alias',
      'J. Doe',
    );
    expect(JSON.parse(added.stdout)).toMatchObject({
      id: 'local:person:jane-doe',
      aliases: ['J. Doe'],
      source: 'operator',
    });
    await cli('entities', 'add', '--type', 'place', '--name', 'Vellmar', '--wikidata', 'Q4242');
    const found = await cli('entities', 'search', 'jan');
    expect(found.stdout.split('\n')[0]).toMatch(/^ID\s+TYPE\s+STATUS\s+NAME \(ALIASES\)$/);
    expect(found.stdout).toMatch(
      /local:person:jane-doe\s+person\s+active\s+Jane Doe {2}\(J\. Doe\)/,
    );
    expect((await cli('entities', 'search', 'vell', '--json')).stdout).toContain('wikidata:Q4242');
    const updated = await cli('entities', 'update', 'local:person:jane-doe', '--no-aliases');
    expect(JSON.parse(updated.stdout)).toMatchObject({ aliases: [], revision: 2 });
    const shown = await cli('entities', 'show', 'wikidata:Q4242');
    expect(JSON.parse(shown.stdout)).toMatchObject({ name: 'Vellmar', redirectedFrom: null });
    const wrong = await cli('entities', 'show', '../keys').catch(
      (error: unknown) => error as { code: number },
    );
    expect(wrong).toMatchObject({ code: 2 });
  });

  it('documents every feed route in OpenAPI', async () => {
    const openapi = (await (await fetch(`${harness.readApi.url}/docs-json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/v1/feeds',
        '/v1/feeds/{id}',
        '/v1/feeds/{id}/pause',
        '/v1/feeds/{id}/resume',
        '/v1/feeds/import',
        '/v1/feeds/export',
      ]),
    );
  });
});
