import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { allTopicDefinitions } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/platform-kafka';
import { ServiceProcess } from '@newsflow/pipeline';
import type { Kafka } from 'kafkajs';
import { MongoClient, type Document } from 'mongodb';
import { rootDir } from './pipeline-harness';
import { e2eKafka, e2eMongoUri } from './e2e-infra';

/** Deadline of every outbound fetch of the service under test. */
export const FETCH_TIMEOUT_MS = 1500;
/** Page cap of the service under test; the bomb inflates to twenty times this. */
export const PAGE_MAX_BYTES = 1024 * 1024;

/** The misbehaving feeds the service is started with, by name (served as /feeds/<name>.xml). */
export const HOSTILE_FEEDS = [
  'billion-laughs',
  'external-entity',
  'malformed',
  'wrong-charset',
] as const;

const paragraph =
  'The harbour council approved a new ferry line on Monday after a long debate about costs, ' +
  'timetables and the noise the boats make near the old town. Residents welcomed the decision.';
const ARTICLE = `<!doctype html><html><head><title>Ferry line approved</title></head><body>
<article><h1>Ferry line approved</h1><p>${paragraph}</p><p>${paragraph} Work starts in spring.</p>
<p>${paragraph} The first crossing is planned for the summer.</p></article></body></html>`;

function rss(origin: string, title: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>${origin}/</link>
<item><title>Ferry line approved</title><link>${origin}/articles/ferry.html</link>
<guid>${origin}/articles/ferry.html</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>http://example.org/</link>
<item><title>&lol9;</title><link>http://example.org/a</link></item></channel></rss>`;

// The external entity points at the "internal" server: resolving it would show up as a connection.
const externalEntity = (internalOrigin: string): string => `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "${internalOrigin}/latest/meta-data/">]>
<rss version="2.0"><channel><title>&xxe;</title><link>http://example.org/</link>
<item><title>&xxe;</title><link>http://example.org/a</link></item></channel></rss>`;

const MALFORMED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cut off</title><item><title>Ferry line <link`;

/** A small site that counts connections and misbehaves by path. */
export class MisbehavingSite {
  origin = '';
  private connectionCount = 0;
  private readonly server: Server;
  private readonly dripTimers = new Set<NodeJS.Timeout>();
  // 20 MiB of spaces gzip to ~20 KB: compressed once, served to every request for /bomb.
  private readonly bomb = gzipSync(Buffer.alloc(20 * PAGE_MAX_BYTES, 0x20));

  constructor(private readonly internalOrigin = '') {
    this.server = createServer((req, res) => {
      this.respond(req, res);
    });
    this.server.on('connection', () => (this.connectionCount += 1));
  }

  async listen(host: string): Promise<void> {
    this.server.listen(0, host);
    await once(this.server, 'listening');
    this.origin = `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  url(pathAndQuery: string): string {
    return `${this.origin}${pathAndQuery}`;
  }

  connections(): number {
    return this.connectionCount;
  }

  async close(): Promise<void> {
    for (const timer of this.dripTimers) clearInterval(timer);
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  private respond(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.origin);
    const feed = /^\/feeds\/([a-z-]+)\.xml$/.exec(url.pathname)?.[1];
    if (url.pathname === '/robots.txt') {
      send(res, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    } else if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
    } else if (url.pathname === '/drip') {
      // Headers at once, then one byte every 200 ms for ever: only a total deadline stops it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 200);
      this.dripTimers.add(timer);
      req.socket.once('close', () => {
        clearInterval(timer);
        this.dripTimers.delete(timer);
      });
    } else if (url.pathname === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(this.bomb);
    } else if (feed !== undefined) {
      this.feed(feed, res);
    } else {
      send(res, 'text/html; charset=utf-8', ARTICLE);
    }
  }

  private feed(name: string, res: ServerResponse): void {
    const type = 'application/rss+xml; charset=utf-8';
    if (name === 'good') send(res, type, rss(this.origin, 'Harbour Gazette'));
    // A site's home page registered in place of its feed: it advertises the good feed.
    else if (name === 'home-page')
      send(
        res,
        'text/html; charset=utf-8',
        `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="${this.origin}/feeds/good.xml"></head><body><h1>Harbour Gazette</h1></body></html>`,
      );
    else if (name === 'billion-laughs') send(res, type, BILLION_LAUGHS);
    else if (name === 'external-entity') send(res, type, externalEntity(this.internalOrigin));
    else if (name === 'malformed') send(res, type, MALFORMED);
    // UTF-8 bytes labelled UTF-16: decoded as the header says, no markup is left.
    else if (name === 'wrong-charset')
      send(res, 'application/rss+xml; charset=utf-16le', rss(this.origin, 'Wrong charset'));
    else res.writeHead(404).end();
  }
}

function send(res: ServerResponse, type: string, body: string | Buffer): void {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * feed-ingestion alone as a process, on a topic prefix and database of the run's own. Its only
 * allowlisted private address is 127.0.0.2, where the misbehaving site listens; 127.0.0.1 plays
 * an internal service (cloud metadata, an admin API) that must never be contacted.
 */
export class HostileInputHarness {
  readonly runId = randomUUID().slice(0, 8);
  readonly topicPrefix = `e2e-hostile-${this.runId}.`;
  readonly internal = new MisbehavingSite();
  site!: MisbehavingSite;
  service!: ServiceProcess;
  mongo!: MongoClient;
  private readonly kafka: Kafka;
  private readonly mongoUri: string;

  constructor() {
    this.kafka = e2eKafka(`e2e-hostile-${this.runId}`);
    this.mongoUri = e2eMongoUri(`e2e_hostile_${this.runId}`);
  }

  feedUrl(name: string): string {
    return this.site.url(`/feeds/${name}.xml`);
  }

  async start(): Promise<void> {
    await ensureTopics(this.kafka, allTopicDefinitions(this.topicPrefix));
    await this.internal.listen('127.0.0.1');
    this.site = new MisbehavingSite(this.internal.origin);
    await this.site.listen('127.0.0.2');
    this.mongo = await new MongoClient(this.mongoUri).connect();
    this.service = new ServiceProcess({
      name: 'feed-ingestion',
      port: await freePort(),
      rootDir,
      logDir: mkdtempSync(path.join(os.tmpdir(), `newsflow-e2e-hostile-${this.runId}-`)),
      env: {
        KAFKA_TOPIC_PREFIX: this.topicPrefix,
        MONGODB_URI: this.mongoUri,
        FEED_URLS: ['good', 'home-page', ...HOSTILE_FEEDS]
          .map((name) => this.feedUrl(name))
          .join(','),
        FETCH_ALLOWED_ADDRESSES: '127.0.0.2',
        FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS),
        PAGE_MAX_BYTES: String(PAGE_MAX_BYTES),
        // One local host serves everything: no politeness gap, and room for the feed polls that
        // run while the tests push pages.
        FETCH_HOST_MIN_DELAY_MS: '0',
        FETCH_HOST_MAX_CONCURRENCY: '8',
        FEED_SCHEDULER_TICK_MS: '200',
        LOG_LEVEL: 'info',
      },
    });
    this.service.start();
    await this.service.waitReady(90_000);
  }

  /** Stops everything and cleans up; resolves with the service's exit code. */
  async stop(): Promise<number | null> {
    const code = await this.service.stop('SIGTERM');
    await Promise.all([this.site.close(), this.internal.close()]);
    await this.mongo.db().dropDatabase();
    await this.mongo.close();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: allTopicDefinitions(this.topicPrefix).map((t) => t.name) });
    await admin.disconnect();
    return code;
  }

  /** POST /v1/articles with `{url}`: the status, the body's message as text, and the time taken. */
  async pushUrl(url: string): Promise<{ status: number; message: string; ms: number }> {
    const started = Date.now();
    const response = await fetch(`${this.service.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url }),
    });
    const body = (await response.json()) as { message?: unknown; problems?: unknown };
    const message = JSON.stringify([body.message, body.problems ?? []]);
    return { status: response.status, message, ms: Date.now() - started };
  }

  async ready(): Promise<number> {
    return (await fetch(`${this.service.url}/health/ready`)).status;
  }

  /** The feed's document once it has been polled at least once (or null after `timeoutMs`). */
  async polledFeed(url: string, timeoutMs: number): Promise<Document | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const feed = await this.mongo
        .db()
        .collection('feeds')
        .findOne({ _id: url as never });
      if ((feed && feed['lastPolledAt']) || Date.now() > deadline) return feed;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
