import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { allTopicDefinitions } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/platform-kafka';
import { newApiKeyToken, ServiceProcess } from '@newsflow/pipeline';
import type { Kafka } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { rootDir } from './pipeline-harness';
import { e2eKafka, e2eMongoUri } from './e2e-infra';

/**
 * read-api and feed-ingestion as processes on a database and topic prefix of the run's own,
 * plus a local news site whose feeds count every poll: enough to watch the registry steer the
 * scheduler. Feeds are re-polled every second so "paused means not polled" shows quickly.
 */
export class FeedRegistryHarness {
  readonly runId = randomUUID().slice(0, 8);
  readonly topicPrefix = `e2e-feeds-${this.runId}.`;
  readonly adminKey = newApiKeyToken();
  /** Feed name → how many times it was fetched. */
  readonly polls = new Map<string, number>();
  siteUrl = '';
  readonly readApi: ServiceProcess;
  readonly feedIngestion: ServiceProcess;
  private readonly kafka: Kafka;
  private readonly mongoUri: string;
  private site!: Server;

  constructor(basePort: number) {
    this.kafka = e2eKafka(`e2e-feeds-${this.runId}`);
    this.mongoUri = e2eMongoUri(`e2e_feeds_${this.runId}`);
    const logDir = mkdtempSync(path.join(os.tmpdir(), `newsflow-e2e-feeds-${this.runId}-`));
    const env = {
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      MONGODB_URI: this.mongoUri,
      FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
      FEED_SCHEDULER_TICK_MS: '200',
      FEED_POLL_INTERVAL_SECONDS: '1',
      // Every test feed is on one local host; the default politeness gap would queue the polls.
      FETCH_HOST_MIN_DELAY_MS: '0',
      LOG_LEVEL: 'info',
      READ_API_BOOTSTRAP_ADMIN_KEY: this.adminKey,
    };
    this.feedIngestion = new ServiceProcess({
      name: 'feed-ingestion',
      port: basePort,
      env,
      rootDir,
      logDir,
    });
    this.readApi = new ServiceProcess({
      name: 'read-api',
      port: basePort + 1,
      env,
      rootDir,
      logDir,
    });
  }

  feedUrl(name: string): string {
    return `${this.siteUrl}/feeds/${name}.xml`;
  }

  pollCount(name: string): number {
    return this.polls.get(name) ?? 0;
  }

  async start(): Promise<void> {
    await ensureTopics(this.kafka, allTopicDefinitions(this.topicPrefix));
    this.site = createServer((request, response) => {
      const url = request.url ?? '/';
      const feed = /^\/feeds\/([a-z0-9-]+)\.xml$/.exec(url)?.[1];
      if (feed) {
        this.polls.set(feed, this.pollCount(feed) + 1);
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(rss(this.siteUrl, feed));
      } else if (/^\/articles\/[a-z0-9-]+\.html$/.test(url)) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(articlePage(url));
      } else if (url === '/robots.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('User-agent: *\nAllow: /\n');
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => this.site.listen(0, '127.0.0.1', resolve));
    this.siteUrl = `http://127.0.0.1:${(this.site.address() as AddressInfo).port}`;
    this.feedIngestion.start();
    this.readApi.start();
    await Promise.all([this.feedIngestion.waitReady(90_000), this.readApi.waitReady(90_000)]);
  }

  async stop(): Promise<void> {
    const codes = await Promise.all([this.readApi.stop(), this.feedIngestion.stop()]);
    this.site.closeAllConnections();
    await new Promise((resolve) => this.site.close(resolve));
    const mongo = await new MongoClient(this.mongoUri).connect();
    await mongo.db().dropDatabase();
    await mongo.close();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: allTopicDefinitions(this.topicPrefix).map((t) => t.name) });
    await admin.disconnect();
    if (codes.some((code) => code !== 0))
      throw new Error(`a service did not exit cleanly: ${codes.join(', ')}`);
  }

  /** A read-api request with the admin key (or the key given). */
  api(
    method: string,
    pathAndQuery: string,
    body?: unknown,
    options: { key?: string; contentType?: string } = {},
  ): Promise<Response> {
    return fetch(`${this.readApi.url}${pathAndQuery}`, {
      method,
      headers: {
        authorization: `Bearer ${options.key ?? this.adminKey}`,
        'content-type': options.contentType ?? 'application/json',
      },
      ...(body !== undefined && {
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    });
  }
}

function rss(siteUrl: string, feed: string): string {
  const link = `${siteUrl}/articles/${feed}-1.html`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feed ${feed}</title><link>${siteUrl}/</link>
<item><title>Harbour council approves new ferry line for ${feed}</title><link>${link}</link>
<guid>${link}</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
<description>The harbour council approved a new ferry line on Monday.</description></item>
</channel></rss>`;
}

function articlePage(url: string): string {
  const paragraph =
    'The harbour council approved a new ferry line on Monday after a long debate about costs, ' +
    'timetables and the noise the boats make near the old town. Residents welcomed the decision.';
  return `<!doctype html><html><head><title>Ferry line approved</title></head><body><article>
<h1>Ferry line approved (${url})</h1><p>${paragraph}</p><p>${paragraph} Work starts in spring.</p>
<p>${paragraph} The first crossing is planned for the summer season.</p></article></body></html>`;
}
