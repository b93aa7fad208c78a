// `npm run bench:pipeline -- [articles=300]`: the whole pipeline on local infrastructure, measured
// against the raw broker and store ceilings in the same run. Uses its own topic prefix and database.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allTopicDefinitions, TOPICS } from '@newsflow/contracts';
import { createKafkaClient, ensureTopics } from '@newsflow/platform-kafka';
import { SERVICE_NAMES, ServiceProcess } from '@newsflow/pipeline';
import { MongoClient } from 'mongodb';
import { quantile, ratePerSecond } from './latency-stats';
import { CpuMeter } from './process-cpu';
import { measureBrokerCeiling, measureStoreCeiling } from './raw-ceilings';
import { syntheticNews } from './synthetic-news';

const rootDir = path.resolve(__dirname, '../../..');
const count = Number(process.argv[2] ?? 300);
const concurrency = 8;
const runId = randomUUID().slice(0, 8);
const prefix = `bench-${runId}.`;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUri = (process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow').replace(
  /\/[^/?]*(\?|$)/,
  `/bench_${runId}$1`,
);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const stateDir = process.env.NEWSFLOW_STATE_DIR ?? path.join(os.homedir(), '.local/share/newsflow');

/** Pids of the local infrastructure that deploy/local started (none when it runs elsewhere). */
function localInfrastructurePids(): [string, number][] {
  return ['kafka', 'ferretdb', 'postgres'].flatMap((name): [string, number][] => {
    const file = path.join(stateDir, 'run', `${name}.pid`);
    const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : Number.NaN;
    return Number.isInteger(pid) ? [[name, pid]] : [];
  });
}

async function main(): Promise<void> {
  const articles = syntheticNews(count);
  const kafka = createKafkaClient({ brokers, clientId: `bench-${runId}` }, quiet);
  await ensureTopics(kafka, allTopicDefinitions(prefix));
  const mongo = await new MongoClient(mongoUri).connect();
  const db = mongo.db();

  const envelopes = articles.map((a) =>
    JSON.stringify({ payload: { text: a.text, paragraphs: a.text.split('\n\n') } }),
  );
  console.log(`raw ceilings with ${count} payloads of the same size…`);
  const broker = await measureBrokerCeiling(kafka, `${prefix}bench.raw`, envelopes);
  const store = await measureStoreCeiling(
    db,
    articles.map((a) => ({ text: a.text, paragraphs: a.text.split('\n\n'), sortAt: new Date() })),
  );

  // Watch every stage's topic: arrival time per article key.
  const stages = [
    'articleIngestedV1',
    'articleDeduplicatedV1',
    'articleTaggedV1',
    'articlePublishedV1',
  ] as const;
  const arrivals = new Map<string, Map<string, number>>(stages.map((s) => [s, new Map()]));
  const watchers = await Promise.all(
    stages.map(async (stage) => {
      const consumer = kafka.consumer({ groupId: `${prefix}watch-${stage}` });
      await consumer.connect();
      await consumer.subscribe({ topic: prefix + TOPICS[stage].name, fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          const key = message.key?.toString() ?? '';
          if (!arrivals.get(stage)?.has(key)) arrivals.get(stage)?.set(key, Date.now());
          return Promise.resolve();
        },
      });
      return consumer;
    }),
  );

  const logDir = mkdtempSync(path.join(os.tmpdir(), `newsflow-bench-${runId}-`));
  const env = {
    KAFKA_TOPIC_PREFIX: prefix,
    MONGODB_URI: mongoUri,
    LOG_LEVEL: 'warn',
    FEED_URLS: '',
  };
  const services = SERVICE_NAMES.map(
    (name, i) => new ServiceProcess({ name, port: 3200 + i, env, rootDir, logDir }),
  );
  for (const service of services) service.start();
  await Promise.all(services.map((service) => service.waitReady(90_000)));
  const ingest = services[SERVICE_NAMES.indexOf('feed-ingestion')] ?? services[0];
  if (!ingest) throw new Error('no services');

  // CPU of every process the articles pass through, so the run says which one bounds it.
  const cpu = new CpuMeter(
    new Map([
      ...services.map((service): [string, number] => [service.options.name, service.pid ?? -1]),
      ...localInfrastructurePids(),
    ]),
  );
  const benchCpuBefore = process.cpuUsage();
  cpu.start();
  console.log(`pushing ${count} articles (${concurrency} in flight)…`);
  const submitted = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < articles.length) {
        const article = articles[next++];
        if (!article) break;
        const sentAt = Date.now();
        const response = await fetch(`${ingest.url}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(article),
        });
        const receipt = (await response.json()) as { articleId: string };
        submitted.set(receipt.articleId, sentAt);
      }
    }),
  );
  const published = arrivals.get('articlePublishedV1') ?? new Map<string, number>();
  const deduplicated = arrivals.get('articleDeduplicatedV1') ?? new Map<string, number>();
  const ingested = arrivals.get('articleIngestedV1') ?? new Map<string, number>();
  const deadline = Date.now() + 15 * 60_000;
  // Exact repeats (a syndicated copy whose only changes were stripped as boilerplate) are
  // dropped by deduplication and never published: done once nothing moved for 15 s.
  let settledSince = Date.now();
  let last = -1;
  while (published.size < submitted.size && Date.now() < deadline) {
    const moved = ingested.size + deduplicated.size + published.size;
    if (moved !== last) [last, settledSince] = [moved, Date.now()];
    const settled = ingested.size >= submitted.size && published.size >= deduplicated.size;
    if (settled && Date.now() - settledSince > 15_000) break;
    await new Promise((r) => setTimeout(r, 250));
  }

  const cpuSeconds = cpu.stop();
  const benchCpu = process.cpuUsage(benchCpuBefore);
  cpuSeconds.set('bench (load generator)', (benchCpu.user + benchCpu.system) / 1e6);
  const cpuMsPerArticle = Object.fromEntries(
    [...cpuSeconds].map(([name, seconds]) => [name, round((seconds * 1000) / submitted.size)]),
  );
  const totalCpuMs = [...cpuSeconds.values()].reduce((a, b) => a + b, 0) * (1000 / submitted.size);

  const latencies = [...submitted].flatMap(([id, at]) => {
    const arrived = published.get(id);
    return arrived === undefined ? [] : [arrived - at];
  });
  const firstSubmit = Math.min(...submitted.values());
  const lastPublished = Math.max(...published.values());
  const endToEnd = (published.size * 1000) / (lastPublished - firstSubmit);
  const result = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    articles: count,
    deduplicated: deduplicated.size,
    published: published.size,
    endToEndArticlesPerSecond: endToEnd,
    latencyMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) },
    stageArticlesPerSecond: Object.fromEntries(
      stages.map((s) => [s, ratePerSecond([...(arrivals.get(s)?.values() ?? [])])]),
    ),
    rawBrokerMessagesPerSecond: broker,
    rawStoreUpsertsPerSecond: store,
    shareOfSlowerCeiling: endToEnd / Math.min(broker, store),
    // With every process on the same cores, no pipeline can beat cores ÷ CPU per article.
    cpuMsPerArticle: { ...cpuMsPerArticle, total: round(totalCpuMs) },
    cpuBoundArticlesPerSecond: round((os.cpus().length * 1000) / totalCpuMs),
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(path.join(rootDir, 'dist/bench'), { recursive: true });
  writeFileSync(path.join(rootDir, 'dist/bench/pipeline.json'), JSON.stringify(result, null, 2));

  await Promise.all(services.map((service) => service.stop()));
  await Promise.all(watchers.map((watcher) => watcher.disconnect()));
  await db.dropDatabase();
  await mongo.close();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({
    topics: [...allTopicDefinitions(prefix).map((t) => t.name), `${prefix}bench.raw`],
  });
  await admin.disconnect();
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
