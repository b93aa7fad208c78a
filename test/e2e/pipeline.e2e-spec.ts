import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNELS, DLQ_HEADERS } from '@newsflow/contracts';
import { loadDemoExpectations } from '@newsflow/demo-source';
import { validateNinjs } from '@newsflow/ninjs';
import { anExtractedArticle, anIngestedEvent } from '@newsflow/testing';
import type { KafkaMessage } from 'kafkajs';
import { eventually, PipelineHarness, type ArticleView } from './pipeline-harness';

const harness = new PipelineHarness(3100);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

describe('the pipeline, as real processes on the real broker and store', () => {
  it('polls the demo feed, extracts every story exactly, and publishes syndicated copies once', async () => {
    const expected = loadDemoExpectations().items;
    const distinctBodies = new Set(expected.map((item) => item.paragraphs.join('\n'))).size;
    const articles = await eventually(async () => {
      const stored = (await harness.storedArticles()).filter((a) => a.paragraphs.length > 0);
      return stored.length >= distinctBodies ? stored : undefined;
    }, `${distinctBodies} feed articles`);
    // Give any wrongly-unsuppressed copy time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const fromFeed = (await harness.storedArticles()).filter((a) =>
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
    for (const article of fromFeed) expect(harness.publishedCount(article.id)).toBe(1);
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
      () => (harness.publishedCount(id) > 0 ? true : undefined),
      'the first copy to be published',
    );
    // Let the later copies work their way through before asserting they changed nothing.
    await eventually(
      async () => ((await droppedSoFar()) >= droppedBefore + 3 ? true : undefined),
      'three copies dropped',
    );
    expect(harness.publishedCount(id)).toBe(1);
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
      () => (harness.publishedCount(valid.key) === 1 ? true : undefined),
      'the valid message after it',
    );
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
      () => (ids.some((id) => harness.publishedCount(id) > 0) ? true : undefined),
      'the first of the batch',
    );
    const tagging = harness.services.get('entity-tagging')!;
    expect(await tagging.stop('SIGTERM')).toBe(0);
    await pushBatch(25, 40);
    tagging.start();
    await tagging.waitReady();
    await eventually<boolean>(
      () => (ids.every((id) => harness.publishedCount(id) > 0) ? true : undefined),
      'all 40 articles',
      90_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(ids.filter((id) => harness.publishedCount(id) !== 1)).toEqual([]);
    expect(
      await harness.db.collection('articles').countDocuments({ sourceId: 'restart-drill.example' }),
    ).toBe(40);
  });
});
