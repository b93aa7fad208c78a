import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { allTopicDefinitions, CHANNELS, type ArticleDeduplicatedV1 } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/platform-kafka';
import { ServiceProcess } from '@newsflow/pipeline';
import type { Consumer, Kafka } from 'kafkajs';
import { MongoClient, type Db } from 'mongodb';
import { e2eKafka, e2eMongoUri } from './e2e-infra';

const rootDir = path.resolve(__dirname, '../..');

/** N deduplication processes in one consumer group, on a topic prefix and database of their own. */
export class DedupClusterHarness {
  readonly runId = randomUUID().slice(0, 8);
  readonly topicPrefix = `e2e-dedup-${this.runId}.`;
  readonly kafka: Kafka;
  readonly deduplicated = new Map<string, ArticleDeduplicatedV1[]>();
  db!: Db;
  private mongo!: MongoClient;
  private watcher!: Consumer;
  private readonly instances: ServiceProcess[] = [];

  constructor(
    private readonly basePort: number,
    private readonly count: number,
  ) {
    this.kafka = e2eKafka(`e2e-dedup-${this.runId}`);
  }

  topic(name: string): string {
    return this.topicPrefix + name;
  }

  async start(): Promise<void> {
    await ensureTopics(this.kafka, allTopicDefinitions(this.topicPrefix));
    const mongoUri = e2eMongoUri(`e2e_dedup_${this.runId}`);
    this.mongo = await new MongoClient(mongoUri).connect();
    this.db = this.mongo.db();
    await this.watchDeduplicated();
    const env = {
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      MONGODB_URI: mongoUri,
      DEDUP_CONSUMER_GROUP: `e2e-dedup-${this.runId}`,
      HANDLER_RETRY_BASE_MS: '50',
      LOG_LEVEL: 'info',
    };
    for (let i = 0; i < this.count; i += 1) {
      const logDir = mkdtempSync(path.join(os.tmpdir(), `newsflow-dedup-${this.runId}-${i}-`));
      const port = this.basePort + i;
      this.instances.push(
        new ServiceProcess({ name: 'deduplication', port, env, rootDir, logDir }),
      );
    }
    for (const instance of this.instances) instance.start();
    await Promise.all(this.instances.map((instance) => instance.waitReady(90_000)));
  }

  async stop(): Promise<void> {
    const codes = await Promise.all(this.instances.map((instance) => instance.stop('SIGTERM')));
    await this.watcher.disconnect();
    await this.db.dropDatabase();
    await this.mongo.close();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: allTopicDefinitions(this.topicPrefix).map((t) => t.name) });
    await admin.disconnect();
    if (codes.some((code) => code !== 0)) {
      throw new Error(`an instance did not exit cleanly: ${codes.join(', ')}`);
    }
  }

  /** The live story each article ends in, following merges as the service does. */
  async finalStories(articleIds: readonly string[]): Promise<Map<string, string>> {
    const placed = await this.db
      .collection<{ _id: string; storyId: string }>('article_stories')
      .find({ _id: { $in: [...articleIds] } })
      .toArray();
    const merges = await this.db
      .collection<{ _id: string; into: string }>('story_merges')
      .find()
      .toArray();
    const into = new Map(merges.map((m) => [m._id, m.into]));
    const root = (storyId: string): string => {
      const chain: string[] = [];
      for (let id: string | undefined = storyId; id !== undefined; id = into.get(id)) {
        if (chain.includes(id)) return [...chain.slice(chain.indexOf(id))].sort()[0] ?? id;
        chain.push(id);
      }
      return chain[chain.length - 1] ?? storyId;
    };
    return new Map(placed.map((doc) => [doc._id, root(doc.storyId)]));
  }

  private async watchDeduplicated(): Promise<void> {
    this.watcher = this.kafka.consumer({ groupId: `e2e-dedup-watch-${this.runId}` });
    await this.watcher.connect();
    await this.watcher.subscribe({
      topic: this.topic(CHANNELS.articleDeduplicatedV1.topic.name),
      fromBeginning: true,
    });
    await this.watcher.run({
      eachMessage: ({ message }) => {
        const event = CHANNELS.articleDeduplicatedV1.schema.parse(
          JSON.parse(message.value?.toString() ?? 'null'),
        );
        const id = event.payload.article.articleId;
        this.deduplicated.set(id, [...(this.deduplicated.get(id) ?? []), event]);
        return Promise.resolve();
      },
    });
  }
}
