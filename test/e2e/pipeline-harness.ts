import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { allTopicDefinitions, CHANNELS, type ArticlePublishedV1 } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/platform-kafka';
import {
  newApiKeyToken,
  SERVICE_NAMES,
  ServiceProcess,
  type ServiceName,
} from '@newsflow/pipeline';
import type { Consumer, Kafka } from 'kafkajs';
import { MongoClient, type Db } from 'mongodb';
import { startDemoSource, type DemoSource } from '@newsflow/demo-source';
import { e2eKafka, e2eMongoUri } from './e2e-infra';

export const rootDir = path.resolve(__dirname, '../..');

/** The article view as the e2e suites read it from read-api. */
export interface ArticleView {
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

/**
 * The whole pipeline for one e2e run: the five services as processes, the demo source, and a
 * topic prefix and database of the run's own, so runs never see each other's messages.
 */
export class PipelineHarness {
  readonly runId = randomUUID().slice(0, 8);
  readonly topicPrefix = `e2e-${this.runId}.`;
  /** Admin key seeded into read-api through READ_API_BOOTSTRAP_ADMIN_KEY. */
  readonly adminKey = newApiKeyToken();
  readonly kafka: Kafka;
  readonly published = new Map<string, ArticlePublishedV1[]>();
  services = new Map<ServiceName, ServiceProcess>();
  demo!: DemoSource;
  db!: Db;
  private mongo!: MongoClient;
  private watcher!: Consumer;

  constructor(private readonly basePort: number) {
    this.kafka = e2eKafka(`e2e-${this.runId}`);
  }

  url(name: ServiceName): string {
    const service = this.services.get(name);
    if (!service) throw new Error(`no service ${name}`);
    return service.url;
  }

  topic(name: string): string {
    return this.topicPrefix + name;
  }

  async start(): Promise<void> {
    if (!existsSync(path.join(rootDir, 'dist/services/read-api/src/main.js'))) {
      throw new Error('services are not built: run `npm run build` (npm test does it for you)');
    }
    await ensureTopics(this.kafka, allTopicDefinitions(this.topicPrefix));
    const mongoUri = e2eMongoUri(`e2e_${this.runId}`);
    this.mongo = await new MongoClient(mongoUri).connect();
    this.db = this.mongo.db();
    this.demo = await startDemoSource();
    await this.watchPublished();

    const logDir = mkdtempSync(path.join(os.tmpdir(), `newsflow-e2e-${this.runId}-`));
    const env = {
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      MONGODB_URI: mongoUri,
      FEED_URLS: this.demo.feedUrl,
      FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
      FEED_SCHEDULER_TICK_MS: '300',
      HANDLER_RETRY_BASE_MS: '50',
      LOG_LEVEL: 'info',
      READ_API_BOOTSTRAP_ADMIN_KEY: this.adminKey,
      SUBSCRIPTION_REFRESH_MS: '300',
      // Taggers pick up vocabulary changes within a poll or two of the tests' waits.
      ENTITY_VOCABULARY_REFRESH_MS: '300',
      WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_MAX_ATTEMPTS: '3',
    };
    SERVICE_NAMES.forEach((name, index) => {
      this.services.set(
        name,
        new ServiceProcess({ name, port: this.basePort + index, env, rootDir, logDir }),
      );
    });
    for (const service of this.services.values()) service.start();
    await Promise.all([...this.services.values()].map((service) => service.waitReady(90_000)));
  }

  async stop(): Promise<void> {
    const codes = await Promise.all(
      [...this.services.values()].map((service) => service.stop('SIGTERM')),
    );
    await this.watcher.disconnect();
    await this.demo.close();
    await this.db.dropDatabase();
    await this.mongo.close();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: allTopicDefinitions(this.topicPrefix).map((t) => t.name) });
    await admin.disconnect();
    if (codes.some((code) => code !== 0))
      throw new Error(`a service did not exit cleanly: ${codes.join(', ')}`);
  }

  /** Records every event on the published topic, by article id, for "published exactly once" checks. */
  private async watchPublished(): Promise<void> {
    this.watcher = this.kafka.consumer({ groupId: `e2e-watch-${this.runId}` });
    await this.watcher.connect();
    await this.watcher.subscribe({
      topic: this.topic(CHANNELS.articlePublishedV1.topic.name),
      fromBeginning: true,
    });
    await this.watcher.run({
      eachMessage: ({ message }) => {
        const event = CHANNELS.articlePublishedV1.schema.parse(
          JSON.parse(message.value?.toString() ?? 'null'),
        );
        const list = this.published.get(event.payload.articleId) ?? [];
        list.push(event);
        this.published.set(event.payload.articleId, list);
        return Promise.resolve();
      },
    });
  }

  /** Every article id that arrives on a topic (given without the run's prefix), in arrival order. */
  async collect(topic: string): Promise<{ ids: string[]; stop: () => Promise<void> }> {
    const ids: string[] = [];
    const consumer = this.kafka.consumer({ groupId: `e2e-collect-${this.runId}-${topic}` });
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic(topic), fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const event = CHANNELS.articlePublishedV1.schema.parse(
          JSON.parse(message.value?.toString() ?? 'null'),
        );
        ids.push(event.payload.articleId);
        return Promise.resolve();
      },
    });
    return { ids, stop: () => consumer.disconnect() };
  }

  /** How many events for this article reached the published topic. */
  publishedCount(articleId: string): number {
    return this.published.get(articleId)?.length ?? 0;
  }

  /** Every stored article, following the cursor through all pages. */
  async storedArticles(): Promise<ArticleView[]> {
    const items: ArticleView[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=100&cursor=${cursor}` : '?limit=100';
      const page = (await (await this.api(`/v1/articles${query}`)).json()) as {
        items: ArticleView[];
        nextCursor: string | null;
      };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async push(
    body: Record<string, unknown>,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${this.url('feed-ingestion')}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** GET on read-api with the admin key (or the key given). */
  api(
    pathAndQuery: string,
    key: string = this.adminKey,
    init: RequestInit = {},
  ): Promise<Response> {
    return fetch(`${this.url('read-api')}${pathAndQuery}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    });
  }

  async getArticle(id: string): Promise<Record<string, unknown> | null> {
    const response = await this.api(`/v1/articles/${id}?format=newsflow`);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`read-api ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  }
}

/** Polls `probe` until it returns a value other than undefined. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
