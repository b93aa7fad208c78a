// `npm run bench:dedup -- [--population N=1000000] [--articles M=300] [--rate R] [--keep]`:
// decisions per second and decision latency of the deduplication service against the real store
// with N articles' state already stored, the store's raw read and write rates in the same run, and
// the bytes stored per article. Articles are produced all at once (the rate is the capacity, the
// latency mostly queueing) or, with --rate, R per second (the latency at that load). Uses its own
// database and topic prefix and drops both at the end.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allTopicDefinitions, CHANNELS } from '@newsflow/contracts';
import { createKafkaClient, ensureTopics } from '@newsflow/platform-kafka';
import { ServiceProcess } from '@newsflow/pipeline';
import { MongoClient, type Db } from 'mongodb';
import { preloadPopulation } from './fingerprint-population';
import { bucketWindows, dayWindow } from '@newsflow/similarity';
import { quantile } from './latency-stats';
import { syntheticNews } from './synthetic-news';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const population = flag('population', 1_000_000);
const count = flag('articles', 300);
const rate = flag('rate', 0);
const retentionDays = Number(process.env.DEDUP_RETENTION_DAYS ?? 7);
const rootDir = path.resolve(__dirname, '../../..');
const runId = randomUUID().slice(0, 8);
const prefix = `bench-dedup-${runId}.`;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUri = (process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow').replace(
  /\/[^/?]*(\?|$)/,
  `/bench_dedup_${runId}$1`,
);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Point reads by `_id` of stored fingerprints, and bulk inserts of documents of the same size. */
async function rawRates(db: Db): Promise<{ readsPerSecond: number; insertsPerSecond: number }> {
  const sample = await db.collection('article_fingerprints').find({}).limit(200).toArray();
  let started = Date.now();
  for (const doc of sample.slice(0, 50))
    await db.collection('article_fingerprints').findOne({ _id: doc._id });
  const readsPerSecond = (50 * 1000) / (Date.now() - started);
  const copies = sample.map((doc, i) => ({ ...doc, _id: `raw-${i}` as never }));
  started = Date.now();
  await db.collection('bench_raw_inserts').insertMany(copies, { ordered: false });
  const insertsPerSecond = (copies.length * 1000) / (Date.now() - started);
  await db.collection('bench_raw_inserts').drop();
  return { readsPerSecond, insertsPerSecond };
}

function ingestedEvent(text: string, source: string, n: number) {
  const paragraphs = text.split('\n\n');
  const url = `https://${source}/bench/${runId}/${n}`;
  const articleId = `art_${sha(url).slice(0, 32)}`;
  const now = new Date().toISOString();
  const provenance = { extractor: 'bench', version: '1', method: 'synthetic' };
  const payload = {
    articleId,
    url,
    canonicalUrl: url,
    sourceId: source,
    sourceName: null,
    title: paragraphs[0] ?? null,
    byline: null,
    publishedAt: now,
    language: 'en',
    paragraphs,
    text,
    credit: null,
    contentHash: sha(paragraphs.join('\n\n')),
    origin: 'push-text',
    feedUrl: null,
    ingestedAt: now,
    provenance: { body: provenance, title: null, publishedAt: null },
  };
  return CHANNELS.articleIngestedV1.schema.parse({
    id: `bench-${runId}-${n}`,
    type: 'news.article.ingested',
    version: 1,
    occurredAt: now,
    source: 'bench',
    correlationId: `bench-${runId}-${n}`,
    causationId: null,
    key: articleId,
    payload,
  });
}

async function main(): Promise<void> {
  const mongo = await new MongoClient(mongoUri).connect();
  const db = mongo.db();
  // The windows the service will read today, at its default retention.
  const { read: windows } = bucketWindows(dayWindow(new Date()), retentionDays);
  console.log(`preloading ${population} articles into ${db.databaseName}…`);
  const preloadSeconds = await preloadPopulation(
    db,
    syntheticNews(400, 7),
    population,
    windows,
    console.log,
  );
  const stats = (await db.command({ dbStats: 1 })) as {
    dataSize?: number;
    indexSize?: number;
    totalSize?: number;
  };
  const raw = await rawRates(db);

  const kafka = createKafkaClient({ brokers, clientId: `bench-dedup-${runId}` }, quiet);
  await ensureTopics(kafka, allTopicDefinitions(prefix));
  const arrived = new Map<string, number>();
  const watcher = kafka.consumer({ groupId: `${prefix}watch` });
  await watcher.connect();
  await watcher.subscribe({
    topic: prefix + CHANNELS.articleDeduplicatedV1.topic.name,
    fromBeginning: true,
  });
  await watcher.run({
    eachMessage: ({ message }) => {
      const key = message.key?.toString() ?? '';
      if (!arrived.has(key)) arrived.set(key, Date.now());
      return Promise.resolve();
    },
  });
  const logDir = mkdtempSync(path.join(os.tmpdir(), `newsflow-bench-dedup-${runId}-`));
  const service = new ServiceProcess({
    name: 'deduplication',
    port: 3290,
    rootDir,
    logDir,
    env: { KAFKA_TOPIC_PREFIX: prefix, MONGODB_URI: mongoUri, LOG_LEVEL: 'warn' },
  });
  service.start();
  await service.waitReady(90_000);

  console.log(`deciding ${count} new articles (one in five a syndicated copy)…`);
  const events = syntheticNews(count, 99).map((a, n) => ingestedEvent(a.text, a.source, n));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const sentAt = new Map<string, number>();
  const started = Date.now();
  for (const [n, event] of events.entries()) {
    const due = started + (rate > 0 ? (n * 1000) / rate : 0);
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    sentAt.set(event.key, Date.now());
    await producer.send({
      topic: prefix + CHANNELS.articleIngestedV1.topic.name,
      messages: [{ key: event.key, value: JSON.stringify(event) }],
    });
  }
  const deadline = Date.now() + 20 * 60_000;
  while (arrived.size < events.length && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  const latencies = [...sentAt].flatMap(([id, at]) =>
    arrived.has(id) ? [(arrived.get(id) ?? at) - at] : [],
  );
  const seconds = (Math.max(...arrived.values()) - started) / 1000;
  console.log(
    JSON.stringify(
      {
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
        population,
        producedPerSecond: rate > 0 ? rate : 'all at once',
        preloadSeconds: Math.round(preloadSeconds),
        preloadArticlesPerSecond: Math.round(population / preloadSeconds),
        storedBytesPerArticle: {
          data: Math.round((stats.dataSize ?? 0) / population),
          indexes: Math.round((stats.indexSize ?? 0) / population),
          total: Math.round((stats.totalSize ?? 0) / population),
        },
        decided: arrived.size,
        decisionsPerSecond: arrived.size / seconds,
        latencyMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) },
        rawStore: raw,
      },
      null,
      2,
    ),
  );

  await producer.disconnect();
  await service.stop();
  await watcher.disconnect();
  if (!process.argv.includes('--keep')) await db.dropDatabase();
  await mongo.close();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: allTopicDefinitions(prefix).map((t) => t.name) });
  await admin.disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
