import { eventually, PipelineHarness } from './pipeline-harness';

const harness = new PipelineHarness(3100);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

describe('the read API, over the running pipeline', () => {
  it('explains bad requests with a 4xx and documents its API in OpenAPI 3', async () => {
    const api = harness.url('read-api');
    const bad = await harness.api('/v1/articles?limit=1000&source=%24ne&colour=red');
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as { problems: string[] }).problems.join('\n');
    expect(problems).toMatch(/limit/);
    expect(problems).toMatch(/source/);
    expect(problems).toMatch(/colour/);
    expect((await harness.api('/v1/articles/not-an-id')).status).toBe(400);
    expect((await harness.api(`/v1/articles/art_${'0'.repeat(32)}`)).status).toBe(404);
    const push = await harness.push({ text: 'x', html: '<p>y</p>' });
    expect(push.status).toBe(400);
    expect(JSON.stringify(push.json)).toContain('either text or html');
    const empty = await harness.push({ text: 'Send your comments\nAll rights reserved 2026 ©' });
    expect(empty.status).toBe(422);

    const openapi = (await (await fetch(`${api}/docs-json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/v1/articles', '/v1/articles/{id}']),
    );
    const listParameters = openapi.paths['/v1/articles']?.get?.parameters?.map((p) => p.name);
    expect(listParameters).toEqual(
      expect.arrayContaining(['entity', 'source', 'from', 'to', 'limit', 'cursor']),
    );
  });

  it('requires an API key with the right scope on every route but health, and limits its rate', async () => {
    const api = harness.url('read-api');
    expect((await fetch(`${api}/health/ready`)).status).toBe(200);
    const anonymous = await fetch(`${api}/v1/articles`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('API key is required');
    expect((await harness.api('/v1/articles', 'nf_bogus')).status).toBe(401);
    expect((await harness.api('/v1/articles', `nf_aaaaaaaaaaaa_${'x'.repeat(43)}`)).status).toBe(
      401,
    );

    const created = await harness.api('/v1/admin/api-keys', harness.adminKey, {
      method: 'POST',
      body: JSON.stringify({ name: 'newsroom dashboard', scopes: ['read'] }),
    });
    expect(created.status).toBe(201);
    const { token, key } = (await created.json()) as { token: string; key: { id: string } };
    expect((await harness.api('/v1/articles?limit=1', token)).status).toBe(200);
    expect((await harness.api('/v1/admin/api-keys', token)).status).toBe(403);
    const listed = (await (await harness.api('/v1/admin/api-keys')).json()) as { id: string }[];
    expect(listed.map((k) => k.id)).toContain(key.id);
    expect(JSON.stringify(listed)).not.toMatch(/secretHash|nf_/);

    const burst = await Promise.all(
      Array.from({ length: 80 }, () => harness.api('/v1/articles?limit=1', token)),
    );
    const limited = burst.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThan(0);

    expect(
      (await harness.api(`/v1/admin/api-keys/${key.id}`, harness.adminKey, { method: 'DELETE' }))
        .status,
    ).toBe(204);
    const revoked = await harness.api('/v1/articles?limit=1', token);
    expect(revoked.status).toBe(401);
    expect(await revoked.text()).toContain('revoked');
  });

  it('finds articles by words, language, agency and source, returns chosen fields, and keeps every version', async () => {
    // Searches the demo feed's articles, which the harness's feed-ingestion polls at start-up.
    await eventually<boolean>(
      async () =>
        (await harness.storedArticles()).some((a) => a.credit?.agency === 'AFP') ? true : undefined,
      'the demo feed articles',
    );
    const search = async (query: string) =>
      (
        (await (await harness.api(`/v1/articles?${query}`)).json()) as {
          items: Record<string, unknown>[];
        }
      ).items;
    const cholera = await search('q=cholera%20camps&fields=title,credit');
    expect(cholera.length).toBeGreaterThanOrEqual(1);
    for (const item of cholera) expect(Object.keys(item).sort()).toEqual(['credit', 'id', 'title']);
    expect(
      (await search('agency=AFP')).every(
        (item) => (item.credit as { agency: string }).agency === 'AFP',
      ),
    ).toBe(true);
    expect((await search('agency=AFP')).length).toBeGreaterThanOrEqual(1);
    expect(await search('language=fr&q=cholera')).toEqual([]);
    // Topics: whatever the tagger assigned to the cholera report finds it again by code.
    const [report] = await search('q=cholera%20camps&fields=topics');
    const topics = (report?.topics ?? []) as { code: string }[];
    expect(topics.length).toBeGreaterThanOrEqual(1);
    const code = topics[0]?.code ?? '';
    const onTopic = await search(`topic=${encodeURIComponent(code)}&fields=topics`);
    expect(onTopic.map((item) => item.id)).toContain(report?.id);
    for (const item of onTopic)
      expect((item.topics as { code: string }[]).map((t) => t.code)).toContain(code);
    expect((await harness.api('/v1/articles?topic=sport')).status).toBe(400);
    expect((await search('q=CAFÉ%20lighthouse')).length).toBe(0);

    const url = 'https://tide-times.example/news/harbour-dredging';
    const first = await harness.push({
      url,
      text: 'Dredging of the inner harbour will start in June, the port authority said.',
    });
    const id = String(first.json.articleId);
    await eventually<boolean>(
      () => (harness.publishedCount(id) === 1 ? true : undefined),
      'version 1',
    );
    const revised = await harness.push({
      url: `${url}?utm_source=rss`,
      text: 'Dredging of the inner harbour will start in July, the port authority said on Friday.',
    });
    expect(revised.json.articleId).toBe(id);
    await eventually<boolean>(
      () => (harness.publishedCount(id) === 2 ? true : undefined),
      'version 2',
    );
    expect(harness.published.get(id)?.map((e) => [e.id, e.payload.dedup.verdict])).toEqual([
      [`${id}@v1`, 'unique'],
      [`${id}@v2`, 'revision'],
    ]);
    const versions = (await (await harness.api(`/v1/articles/${id}/versions`)).json()) as {
      version: number;
      paragraphs: string[];
    }[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]?.paragraphs[0]).toContain('July');
    expect(versions[1]?.paragraphs[0]).toContain('June');
    expect(((await harness.getArticle(id)) as { version: number }).version).toBe(2);

    const recent = String(
      (
        await harness.push({
          text: 'The United Nations and the European Union met in Geneva on Monday to discuss refugee funding, officials said.',
          source: 'trend-desk.example',
        })
      ).json.articleId,
    );
    await eventually<boolean>(
      () => (harness.publishedCount(recent) === 1 ? true : undefined),
      'the recent article',
    );
    const trends = (await (await harness.api('/v1/trends/entities?window=24h&limit=5')).json()) as {
      entities: { id: string; articles: number; previousArticles: number }[];
    };
    expect(trends.entities.map((e) => e.id)).toContain('wikidata:Q1065');
    const counts = trends.entities.map((e) => e.articles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const places = (await (
      await harness.api('/v1/trends/entities?window=24h&type=place')
    ).json()) as {
      entities: { type: string }[];
    };
    expect(places.entities.every((e) => e.type === 'place')).toBe(true);
    expect((await harness.api('/v1/trends/entities?window=forever')).status).toBe(400);
  });
});
