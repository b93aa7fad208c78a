import { eventually, PipelineHarness, type ArticleView } from './pipeline-harness';

// The harness starts taggers with ENTITY_VOCABULARY_REFRESH_MS=300: changes arrive in ~0.3 s.
const harness = new PipelineHarness(3170);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

const BOARD_ID = 'wikidata:Q4242424242';

/** The vocabulary revision the running tagger has loaded, from its /metrics. */
async function taggerRevision(): Promise<number> {
  const text = await (await fetch(`${harness.url('entity-tagging')}/metrics`)).text();
  return Number(/^newsflow_vocabulary_revision\{[^}]*\} (\d+)$/m.exec(text)?.[1] ?? '-1');
}

async function waitForRevision(revision: number): Promise<void> {
  await eventually(
    async () => ((await taggerRevision()) >= revision ? true : undefined),
    `tagger at vocabulary revision ${revision}`,
    15_000,
  );
}

async function publish(text: string, source: string): Promise<ArticleView> {
  const pushed = await harness.push({ text, source });
  expect(pushed.status).toBe(202);
  return (await eventually(
    () => harness.getArticle(String(pushed.json.articleId)).then((a) => a ?? undefined),
    'the pushed article',
  )) as unknown as ArticleView;
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  return harness.api(path, harness.adminKey, {
    method,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

describe('the operator-managed vocabulary, over the running pipeline', () => {
  it('tags an operator alias without a restart, stops emitting a blocked name, and counts candidates', async () => {
    const created = await call('POST', '/v1/entities', {
      id: BOARD_ID,
      type: 'organisation',
      name: 'Vellmar Harbour Board',
      aliases: ['Harbour Board'],
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: BOARD_ID, source: 'operator', revision: 1 });
    expect((await call('POST', '/v1/entities', { type: 'organisation', name: 'X' })).status).toBe(
      400,
    );
    await waitForRevision(1);

    const first = await publish(
      'The Harbour Board approved a new ferry timetable on Tuesday after weeks of talks. ' +
        'Oskar Brandvold, who chairs the ferry operators, said the plan was workable. ' +
        'Maren Solheim, the port director, said crossings would start in March.\n\n' +
        'The Harbour Board will review the timetable again in the autumn, Maren Solheim added.',
      'vellmar-post.example',
    );
    const firstIds = first.entities.map((entity) => entity.id);
    expect(firstIds).toContain(BOARD_ID);
    expect(first.entities.find((e) => e.id === BOARD_ID)?.name).toBe('Vellmar Harbour Board');
    expect(firstIds).toContain('local:person:oskar-brandvold');

    const blocked = await call('POST', '/v1/entities/local:person:oskar-brandvold/block', {});
    expect(blocked.status).toBe(200);
    expect(await blocked.json()).toMatchObject({ status: 'blocked', name: 'Oskar Brandvold' });
    await waitForRevision(2);

    const second = await publish(
      'Oskar Brandvold said on Friday that ferry operators would add two evening crossings. ' +
        'Maren Solheim, the port director, welcomed the change and said the Harbour Board ' +
        'had been consulted.',
      'fjord-daily.example',
    );
    const secondIds = second.entities.map((entity) => entity.id);
    expect(secondIds).toContain(BOARD_ID);
    expect(secondIds).not.toContain('local:person:oskar-brandvold');
    expect(second.entities.map((entity) => entity.name)).not.toContain('Oskar Brandvold');

    const candidates = await eventually(async () => {
      const response = await call('GET', '/v1/entities/candidates?type=person&minArticles=2');
      const list = (await response.json()) as { key: string; articles: number; name: string }[];
      return list.find((c) => c.key === 'local:person:maren-solheim') ? list : undefined;
    }, 'Maren Solheim as a candidate');
    expect(candidates.find((c) => c.key === 'local:person:maren-solheim')).toMatchObject({
      name: 'Maren Solheim',
      articles: 2,
    });
    expect(candidates.map((c) => c.key)).not.toContain('local:person:oskar-brandvold');

    const promoted = await call(
      'POST',
      '/v1/entities/candidates/local:person:maren-solheim/promote',
      {},
    );
    expect(promoted.status).toBe(201);
    expect(await promoted.json()).toMatchObject({
      id: 'local:person:maren-solheim',
      source: 'promoted',
    });
    const found = (await (await call('GET', '/v1/entities?prefix=SOLH')).json()) as {
      id: string;
    }[];
    expect(found.map((entity) => entity.id)).toEqual(['local:person:maren-solheim']);
    const detail = (await (await call('GET', `/v1/entities/${BOARD_ID}`)).json()) as Record<
      string,
      unknown
    >;
    expect(detail).toMatchObject({ id: BOARD_ID, redirectedFrom: null, articles: 2 });
  });

  it('answers a merged id with its survivor, finds shipped entities and refuses hostile ids', async () => {
    const merged = await call('POST', `/v1/entities/${BOARD_ID}/merge`, {
      from: ['local:organisation:vellmar-harbour-board-ltd'],
    });
    expect(merged.status).toBe(404);
    const shipped = await call('GET', '/v1/entities?prefix=united%20nat&type=organisation');
    expect(((await shipped.json()) as { id: string }[]).map((e) => e.id)).toContain(
      'wikidata:Q1065',
    );
    expect(
      (await call('POST', '/v1/entities/local:person:maren-solheim/merge', { from: [BOARD_ID] }))
        .status,
    ).toBe(200);
    const redirected = (await (await call('GET', `/v1/entities/${BOARD_ID}`)).json()) as Record<
      string,
      unknown
    >;
    expect(redirected).toMatchObject({
      id: 'local:person:maren-solheim',
      redirectedFrom: BOARD_ID,
    });
    expect((await call('GET', '/v1/entities/%24ne')).status).toBe(400);
    expect((await call('GET', '/v1/entities?prefix[$ne]=a')).status).toBe(400);
  });
});
