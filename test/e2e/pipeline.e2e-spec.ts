import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNELS, DLQ_HEADERS } from '@newsflow/contracts';
import { validateNinjs } from '@newsflow/ninjs';
import { verifyWebhookSignature } from '@newsflow/subscriptions';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anExtractedArticle, anIngestedEvent } from '@newsflow/testing';
import type { KafkaMessage } from 'kafkajs';
import { loadDemoExpectations } from '@newsflow/demo-source';
import { eventually, PipelineHarness } from './pipeline-harness';

interface ArticleView {
  id: string;
  title: string | null;
  paragraphs: string[];
  credit: { agency: string; line: string } | null;
  entities: {
    id: string;
    type: string;
    name: string;
    mentions: { text: string; start: number; end: number }[];
  }[];
  text: string;
}

const harness = new PipelineHarness(3100);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

function publishedCount(articleId: string): number {
  return harness.published.get(articleId)?.length ?? 0;
}

async function storedArticles(): Promise<ArticleView[]> {
  const items: ArticleView[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=100&cursor=${cursor}` : '?limit=100';
    const page = (await (await harness.api(`/v1/articles${query}`)).json()) as {
      items: ArticleView[];
      nextCursor: string | null;
    };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('the pipeline, as real processes on the real broker and store', () => {
  it('polls the demo feed, extracts every story exactly, and publishes syndicated copies once', async () => {
    const expected = loadDemoExpectations().items;
    const distinctBodies = new Set(expected.map((item) => item.paragraphs.join('\n'))).size;
    const articles = await eventually(async () => {
      const stored = (await storedArticles()).filter((a) => a.paragraphs.length > 0);
      return stored.length >= distinctBodies ? stored : undefined;
    }, `${distinctBodies} feed articles`);
    // Give any wrongly-unsuppressed copy time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const fromFeed = (await storedArticles()).filter((a) =>
      expected.some((item) => item.title === a.title),
    );
    expect(fromFeed).toHaveLength(distinctBodies);
    expect(articles.length).toBeGreaterThanOrEqual(distinctBodies);

    for (const item of expected) {
      const article = fromFeed.find((a) => a.paragraphs.join('\n') === item.paragraphs.join('\n'));
      expect({ item: item.id, found: article !== undefined }).toEqual({
        item: item.id,
        found: true,
      });
      expect({ item: item.id, agency: article?.credit?.agency ?? null }).toEqual({
        item: item.id,
        agency: item.agency,
      });
      const names = new Set(article?.entities.map((entity) => entity.name.toLowerCase()));
      for (const noise of item.boilerplateNames)
        expect({ item: item.id, noise, inferred: names.has(noise.toLowerCase()) }).toMatchObject({
          inferred: false,
        });
    }
    const afpCopies = fromFeed.filter((a) => a.credit?.agency === 'AFP');
    expect(afpCopies).toHaveLength(1);
    for (const article of fromFeed) expect(publishedCount(article.id)).toBe(1);
  });

  it('turns a scraped page in the seed style into a clean, attributed, tagged article', async () => {
    const text = readFileSync(path.join(__dirname, 'fixtures/harbour-talks-scraped.txt'), 'utf8');
    const pushed = await harness.push({ text, source: 'northern-wire.example' });
    expect(pushed.status).toBe(202);
    const article = (await eventually(
      () => harness.getArticle(String(pushed.json.articleId)).then((a) => a ?? undefined),
      'the pushed article',
    )) as unknown as ArticleView;

    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toMatch(
      /^Fisheries ministers from Norway and Iceland met on Thursday/,
    );
    expect(article.paragraphs[4]).toBe(
      'Thorsson told reporters that any deal would have to protect coastal communities that depend on the catch.',
    );
    expect(article.text).not.toMatch(
      /Source: Reuters|GMT|Rotterdam|Maintained|rights reserved|comment/i,
    );
    expect(article.credit).toMatchObject({ agency: 'Reuters', line: 'Source: Reuters' });

    const byName = new Map(article.entities.map((entity) => [entity.name, entity]));
    expect(byName.get('Kari Solberg')?.type).toBe('person');
    expect(byName.get('Kari Solberg')?.mentions.map((m) => m.text)).toEqual([
      'Kari Solberg',
      'Solberg',
    ]);
    expect(byName.get('Einar Thorsson')?.mentions.map((m) => m.text)).toEqual([
      'Einar Thorsson',
      'Thorsson',
    ]);
    expect(byName.get('European Commission')?.type).toBe('organisation');
    for (const place of ['Norway', 'Iceland', 'Reykjavik', 'Brussels'])
      expect(byName.get(place)?.type).toBe('place');
    for (const noise of ['Rotterdam', 'Lisbon', 'Belem', 'Northern Wire Media'])
      expect(byName.has(noise)).toBe(false);
    expect(article.entities.filter((entity) => /Solberg|Thorsson/.test(entity.name))).toHaveLength(
      2,
    );
    const ninjs = (await (await harness.api(`/v1/articles/${article.id}?format=ninjs`)).json()) as {
      uri: string;
      bodies: { value: string }[];
      infoSources: { name: string; role: string }[];
    };
    expect(ninjs.uri).toBe(`urn:newsflow:article:${article.id}`);
    expect(ninjs.bodies[0]?.value).toBe(article.text);
    expect(ninjs.infoSources).toContainEqual({ name: 'Reuters', role: 'originating source' });
    const published = harness.published.get(article.id)?.[0]?.payload.ninjs;
    expect(validateNinjs(published)).toEqual({ valid: true });
    for (const entity of article.entities) {
      for (const mention of entity.mentions)
        expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('publishes the same article once, however often and from wherever it is ingested', async () => {
    const text =
      'The port authority of Valletta said on Friday that cruise arrivals rose by a fifth last year.\n' +
      'Officials said the increase was driven by ships diverted from the eastern Mediterranean.';
    const droppedSoFar = async () => {
      const metrics = await (await fetch(`${harness.url('deduplication')}/metrics`)).text();
      const dropped = [
        ...metrics.matchAll(
          /newsflow_articles_total\{stage="deduplication",outcome="dropped:[^"]+"[^}]*\} (\d+)/g,
        ),
      ];
      return dropped.reduce((sum, m) => sum + Number(m[1]), 0);
    };
    const droppedBefore = await droppedSoFar();
    const first = await harness.push({ text, source: 'malta-desk.example' });
    const again = await harness.push({ text, source: 'malta-desk.example' });
    const elsewhere = await harness.push({ text, source: 'other-outlet.example' });
    const elsewhereAsUrl = await harness.push({
      text,
      url: 'https://news.example.org/malta/cruise?utm_source=rss',
    });
    expect(again.json.articleId).toBe(first.json.articleId);
    const id = String(first.json.articleId);
    await eventually<boolean>(
      () => (publishedCount(id) > 0 ? true : undefined),
      'the first copy to be published',
    );
    // Let the later copies work their way through before asserting they changed nothing.
    await eventually(
      async () => ((await droppedSoFar()) >= droppedBefore + 3 ? true : undefined),
      'three copies dropped',
    );
    expect(publishedCount(id)).toBe(1);
    expect(await harness.getArticle(String(elsewhere.json.articleId))).toBeNull();
    expect(await harness.getArticle(String(elsewhereAsUrl.json.articleId))).toBeNull();
    expect(
      await harness.db.collection('articles').countDocuments({ text: { $regex: 'Valletta' } }),
    ).toBe(1);
  });

  it('dead-letters a malformed message with its reason, and the partition keeps flowing', async () => {
    const producer = harness.kafka.producer();
    await producer.connect();
    const topic = harness.topic(CHANNELS.articleIngestedV1.topic.name);
    const valid = anIngestedEvent(
      anExtractedArticle({
        articleId: 'art_e2e00000000000000000000000000d1q',
        canonicalUrl: null,
        url: null,
      }),
    );
    await producer.send({
      topic,
      messages: [
        { key: valid.key, value: '{"type":"news.article.ingested","payload":42}' },
        { key: valid.key, value: JSON.stringify(valid) },
      ],
    });
    await producer.disconnect();

    const letter = await new Promise<KafkaMessage>((resolve) => {
      const consumer = harness.kafka.consumer({ groupId: `e2e-dlq-${harness.runId}` });
      void (async () => {
        await consumer.connect();
        await consumer.subscribe({ topic: `${topic}.dlq`, fromBeginning: true });
        await consumer.run({
          eachMessage: ({ message }) => {
            resolve(message);
            setImmediate(() => void consumer.disconnect());
            return Promise.resolve();
          },
        });
      })();
    });
    const header = (name: string) => letter.headers?.[name]?.toString();
    expect(letter.value?.toString()).toBe('{"type":"news.article.ingested","payload":42}');
    expect(header(DLQ_HEADERS.errorKind)).toBe('invalid');
    expect(header(DLQ_HEADERS.reason)).toMatch(/fails schema/);
    expect(header(DLQ_HEADERS.sourceTopic)).toBe(topic);
    expect(header(DLQ_HEADERS.sourcePartition)).toMatch(/^\d+$/);
    expect(header(DLQ_HEADERS.sourceOffset)).toMatch(/^\d+$/);
    expect(header(DLQ_HEADERS.attempts)).toBe('0');
    await eventually<boolean>(
      () => (publishedCount(valid.key) === 1 ? true : undefined),
      'the valid message after it',
    );
  });

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

  it('gives each subscription its own topic with exactly the matching articles', async () => {
    const subscribe = async (name: string, filter: object) => {
      const response = await harness.api('/v1/subscriptions', harness.adminKey, {
        method: 'POST',
        body: JSON.stringify({ name, filter }),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string; topic: string };
    };
    const lighthouses = await subscribe('lighthouse desk', { words: ['lighthouse'] });
    const gazette = await subscribe('gazette, new stories', {
      sources: ['harbour-gazette.example'],
      storyStatus: 'new',
    });
    expect(lighthouses.topic).toBe(`news.subscription.${lighthouses.id}.v1`);
    const badFilter = await harness.api('/v1/subscriptions', harness.adminKey, {
      method: 'POST',
      body: JSON.stringify({ name: 'x', filter: { entityIds: [{ $ne: null }] } }),
    });
    expect(badFilter.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const push = async (text: string, source: string) =>
      String((await harness.push({ text, source })).json.articleId);
    const onlyLighthouse = await push(
      'The old lighthouse at Carrow Point will be restored, the council said on Monday.',
      'coast-desk.example',
    );
    const onlyGazette = await push(
      'Ferry fares across the estuary will rise by four percent in April, operators said.',
      'harbour-gazette.example',
    );
    const both = await push(
      'Volunteers repainted the lighthouse on Gull Rock over the weekend, the trust said.',
      'harbour-gazette.example',
    );
    const neither = await push(
      'The market hall reopened after a two-year refurbishment, traders said.',
      'coast-desk.example',
    );
    await eventually<boolean>(
      () =>
        [onlyLighthouse, onlyGazette, both, neither].every((id) => publishedCount(id) === 1)
          ? true
          : undefined,
      'the four articles to be published',
    );

    const lighthouseTopic = await harness.collect(lighthouses.topic);
    const gazetteTopic = await harness.collect(gazette.topic);
    await eventually<boolean>(
      () => (lighthouseTopic.ids.length >= 2 && gazetteTopic.ids.length >= 2 ? true : undefined),
      'the subscription topics',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await lighthouseTopic.stop();
    await gazetteTopic.stop();
    expect(lighthouseTopic.ids.sort()).toEqual([onlyLighthouse, both].sort());
    expect(gazetteTopic.ids.sort()).toEqual([onlyGazette, both].sort());

    const listed = (await (await harness.api('/v1/subscriptions')).json()) as { id: string }[];
    expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining([lighthouses.id, gazette.id]));
    expect(
      (await harness.api(`/v1/subscriptions/${gazette.id}`, harness.adminKey, { method: 'DELETE' }))
        .status,
    ).toBe(204);
    expect((await harness.api(`/v1/subscriptions/${gazette.id}`)).status).toBe(404);
  });

  it('delivers matching articles to webhooks, signed, and shows failing receivers on the subscription', async () => {
    const received: { path: string; body: string; signature: string; eventId: string }[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          body,
          signature: String(request.headers['x-newsflow-signature']),
          eventId: String(request.headers['x-newsflow-event-id']),
        });
        response.writeHead(request.url === '/down' ? 503 : 204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    try {
      const subscribe = async (path: string) => {
        const response = await harness.api('/v1/subscriptions', harness.adminKey, {
          method: 'POST',
          body: JSON.stringify({
            name: path,
            filter: { words: ['seawall'] },
            webhook: { url: `${base}${path}` },
          }),
        });
        expect(response.status).toBe(201);
        return (await response.json()) as { id: string; webhookSecret: string };
      };
      const healthy = await subscribe('/hook');
      const down = await subscribe('/down');
      expect(healthy.webhookSecret).toMatch(/^whsec_/);
      await new Promise((resolve) => setTimeout(resolve, 1000));

      const matching = String(
        (
          await harness.push({
            text: 'Work on the new seawall at Port Arlen begins in May, engineers said.',
            source: 'coast-desk.example',
          })
        ).json.articleId,
      );
      await harness.push({
        text: 'The ferry timetable changes on Sunday, the operator said.',
        source: 'coast-desk.example',
      });
      await eventually<boolean>(
        () =>
          received.filter((r) => r.path === '/hook').length >= 1 &&
          received.filter((r) => r.path === '/down').length >= 3
            ? true
            : undefined,
        'webhook deliveries',
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const delivered = received.filter((r) => r.path === '/hook');
      expect(delivered).toHaveLength(1);
      const body = JSON.parse(delivered[0]!.body) as { id: string; payload: { articleId: string } };
      expect(body.payload.articleId).toBe(matching);
      expect(delivered[0]!.eventId).toBe(body.id);
      expect(
        verifyWebhookSignature(
          healthy.webhookSecret,
          delivered[0]!.signature,
          delivered[0]!.body,
          Date.now() / 1000,
        ),
      ).toBe(true);
      expect(
        verifyWebhookSignature(
          down.webhookSecret,
          delivered[0]!.signature,
          delivered[0]!.body,
          Date.now() / 1000,
        ),
      ).toBe(false);
      expect(received.filter((r) => r.path === '/down')).toHaveLength(3);

      const status = await eventually(async () => {
        const view = (await (await harness.api(`/v1/subscriptions/${down.id}`)).json()) as {
          webhook: { delivery: { failed: number; lastStatus: number; lastError: string } | null };
        };
        return view.webhook.delivery ?? undefined;
      }, 'the failure to show on the subscription');
      expect(status).toMatchObject({ failed: 1, lastStatus: 503 });
      expect(status.lastError).toContain('503');
    } finally {
      await new Promise<void>((resolve) =>
        receiver.close(() => {
          resolve();
        }),
      );
    }
  });

  it('finds articles by words, language, agency and source, returns chosen fields, and keeps every version', async () => {
    // Searches the demo feed's articles, stored by the first test of this suite (tests run in order).
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
    expect((await search('q=CAFÉ%20lighthouse')).length).toBe(0);

    const url = 'https://tide-times.example/news/harbour-dredging';
    const first = await harness.push({
      url,
      text: 'Dredging of the inner harbour will start in June, the port authority said.',
    });
    const id = String(first.json.articleId);
    await eventually<boolean>(() => (publishedCount(id) === 1 ? true : undefined), 'version 1');
    const revised = await harness.push({
      url: `${url}?utm_source=rss`,
      text: 'Dredging of the inner harbour will start in July, the port authority said on Friday.',
    });
    expect(revised.json.articleId).toBe(id);
    await eventually<boolean>(() => (publishedCount(id) === 2 ? true : undefined), 'version 2');
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

    const trends = (await (await harness.api('/v1/trends/entities?window=24h&limit=5')).json()) as {
      entities: { id: string; articles: number; previousArticles: number }[];
    };
    expect(trends.entities.length).toBeGreaterThan(0);
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

  it('loses nothing and publishes nothing twice when a service restarts mid-stream', async () => {
    const ids: string[] = [];
    const pushBatch = async (from: number, to: number) => {
      for (let n = from; n < to; n += 1) {
        const text =
          `Restart drill ${n}: the harbour board of Port Arlen approved berth ${n} for the new ferry service.\n` +
          `Council members said berth ${n} would open before the summer season.`;
        const receipt = await harness.push({ text, source: 'restart-drill.example' });
        expect(receipt.status).toBe(202);
        ids.push(String(receipt.json.articleId));
      }
    };
    await pushBatch(0, 25);
    await eventually<boolean>(
      () => (ids.some((id) => publishedCount(id) > 0) ? true : undefined),
      'the first of the batch',
    );
    const tagging = harness.services.get('entity-tagging')!;
    expect(await tagging.stop('SIGTERM')).toBe(0);
    await pushBatch(25, 40);
    tagging.start();
    await tagging.waitReady();
    await eventually<boolean>(
      () => (ids.every((id) => publishedCount(id) > 0) ? true : undefined),
      'all 40 articles',
      90_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(ids.filter((id) => publishedCount(id) !== 1)).toEqual([]);
    expect(
      await harness.db.collection('articles').countDocuments({ sourceId: 'restart-drill.example' }),
    ).toBe(40);
  });
});
