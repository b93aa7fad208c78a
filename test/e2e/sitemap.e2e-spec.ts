import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { allTopicDefinitions, CHANNELS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/platform-kafka';
import { ServiceProcess } from '@newsflow/pipeline';
import type { Consumer } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { e2eKafka, e2eMongoUri } from './e2e-infra';

// feed-ingestion alone, as a process, polling a sitemap index on a local site: the index leads
// to a Google News sitemap, each recent URL in it becomes one ingested article.
const rootDir = path.resolve(__dirname, '../..');
const runId = randomUUID().slice(0, 8);
const prefix = `e2e-sitemap-${runId}.`;
const kafka = e2eKafka(`e2e-${runId}`);
const mongoUri = e2eMongoUri(`e2e_sitemap_${runId}`);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const STORIES = [
  { slug: 'harbour-strike', title: 'Dockers strike over pay', at: minutesAgo(5) },
  { slug: 'ferry-timetable', title: 'Ferry timetable changes', at: minutesAgo(15) },
  { slug: 'council-vote', title: 'Council votes on the new bridge', at: minutesAgo(25) },
];
const STALE = {
  slug: 'last-month',
  title: 'A story from last month',
  at: minutesAgo(60 * 24 * 30),
};

function articlePage(title: string): string {
  const paragraph = `${title}: the harbour authority confirmed on Monday that the measures take effect next week, after months of talks between unions, operators and the city council.`;
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${Array.from({ length: 6 }, (_, k) => `<p>${paragraph} Paragraph ${k + 1} adds detail on schedules and costs.</p>`).join('')}</article></body></html>`;
}

function site(): Server {
  return createServer((request, response) => {
    const base = `http://${request.headers.host ?? ''}`;
    const url = request.url ?? '/';
    if (url === '/sitemap_index.xml') {
      response.setHeader('content-type', 'application/xml');
      response.end(
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/news-sitemap.xml</loc><lastmod>${minutesAgo(1)}</lastmod></sitemap><sitemap><loc>http://elsewhere.invalid/sitemap.xml</loc></sitemap></sitemapindex>`,
      );
      return;
    }
    if (url === '/news-sitemap.xml') {
      const entries = [...STORIES, STALE].map(
        (story) =>
          `<url><loc>${base}/news/${story.slug}</loc><news:news><news:publication><news:name>Harbour Gazette</news:name><news:language>en</news:language></news:publication><news:publication_date>${story.at}</news:publication_date><news:title>${story.title}</news:title></news:news></url>`,
      );
      response.setHeader('content-type', 'application/xml');
      response.end(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries.join('')}</urlset>`,
      );
      return;
    }
    const story = [...STORIES, STALE].find((s) => url === `/news/${s.slug}`);
    response.statusCode = story ? 200 : 404;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(story ? articlePage(story.title) : 'not found');
  });
}

describe('sitemaps through the running feed-ingestion', () => {
  const ingested: { url: string | null; title: string | null; feedUrl: string | null }[] = [];
  let server: Server;
  let service: ServiceProcess;
  let consumer: Consumer;
  let mongo: MongoClient;
  let indexUrl: string;

  beforeAll(async () => {
    await ensureTopics(kafka, allTopicDefinitions(prefix));
    server = site();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    indexUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sitemap_index.xml`;
    consumer = kafka.consumer({ groupId: `e2e-sitemap-${runId}` });
    await consumer.connect();
    await consumer.subscribe({
      topic: prefix + CHANNELS.articleIngestedV1.topic.name,
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: ({ message }) => {
        const event = CHANNELS.articleIngestedV1.schema.parse(
          JSON.parse(message.value?.toString() ?? 'null'),
        );
        ingested.push({
          url: event.payload.url,
          title: event.payload.title,
          feedUrl: event.payload.feedUrl,
        });
        return Promise.resolve();
      },
    });
    mongo = await new MongoClient(mongoUri).connect();
    service = new ServiceProcess({
      name: 'feed-ingestion',
      port: 3190,
      rootDir,
      logDir: mkdtempSync(path.join(os.tmpdir(), `newsflow-e2e-sitemap-${runId}-`)),
      env: {
        KAFKA_TOPIC_PREFIX: prefix,
        MONGODB_URI: mongoUri,
        FEED_URLS: indexUrl,
        FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
        FEED_SCHEDULER_TICK_MS: '300',
        LOG_LEVEL: 'info',
      },
    });
    service.start();
    await service.waitReady(90_000);
  });

  afterAll(async () => {
    const code = await service.stop('SIGTERM');
    await consumer.disconnect();
    await new Promise((resolve) => server.close(resolve));
    await mongo.db().dropDatabase();
    await mongo.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: allTopicDefinitions(prefix).map((t) => t.name) });
    await admin.disconnect();
    expect(code).toBe(0);
  });

  it('ingests every recent URL of the news sitemap once, with its news:title, and skips stale ones', async () => {
    const deadline = Date.now() + 60_000;
    while (ingested.length < STORIES.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(ingested.map((article) => article.title).sort()).toEqual(
      STORIES.map((s) => s.title).sort(),
    );
    expect(ingested.every((article) => article.feedUrl === indexUrl)).toBe(true);
    expect(ingested.map((article) => article.url)).not.toContainEqual(
      expect.stringContaining(STALE.slug),
    );

    // The poll is recorded after its last item: wait for it.
    let feed = await mongo
      .db()
      .collection('feeds')
      .findOne({ _id: indexUrl as never });
    while (feed?.['health'] === 'new' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      feed = await mongo
        .db()
        .collection('feeds')
        .findOne({ _id: indexUrl as never });
    }
    expect(feed).toMatchObject({ format: 'sitemap-index', health: 'healthy', itemsSeen: 3 });
    // Three items ten minutes apart: about six an hour, so the next poll is ~10 minutes away.
    expect(feed?.['nextPollReason']).toMatch(/^adaptive: ~\d+(\.\d+)? items\/h/);
    const wait =
      (feed?.['nextPollAt'] as Date).getTime() - (feed?.['lastPolledAt'] as Date).getTime();
    expect(wait).toBeGreaterThan(5 * 60_000);
    expect(wait).toBeLessThan(15 * 60_000);
  });
});
