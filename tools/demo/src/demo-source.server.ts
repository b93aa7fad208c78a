// A local stand-in for a news site: serves tools/demo/site over HTTP so the demo pipeline and the
// e2e tests exercise the real fetch path (conditional GETs included) without reaching the internet.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEMO_SITE_DIR } from './demo-expectations.schema';

export { DEMO_SITE_DIR, loadDemoExpectations } from './demo-expectations.schema';
export type {
  DemoAgency,
  DemoEntities,
  DemoExpectations,
  DemoItem,
} from './demo-expectations.schema';

export interface DemoSourceOptions {
  /** TCP port; 0 (the default) picks a free one, which keeps parallel test runs apart. */
  readonly port?: number;
  /** Loopback address to bind; default 127.0.0.1. */
  readonly host?: string;
}

export interface DemoSource {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  readonly baseUrl: string;
  /** Absolute URL of the RSS feed. */
  readonly feedUrl: string;
  /** Stops accepting requests and drops open keep-alive connections. */
  close(): Promise<void>;
}

export const DEMO_FEED_PATH = '/feed.xml';

// Pages carry absolute links (feed items, canonical, JSON-LD), but the port is only known once
// the server listens, so every served file is a template for the base URL.
const BASE_URL_PLACEHOLDER = '{{BASE_URL}}';

// Only lowercase slug segments ending in a served extension: no dots but the extension's, no
// percent-escapes, no backslashes. That also keeps expected.json (test data, not part of the
// simulated site) unreachable.
const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9-]*\/)*[a-z0-9][a-z0-9-]*\.(html|txt|xml)$/;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/rss+xml; charset=utf-8',
};

// The demo must never be reachable from outside the machine.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** Starts the demo news source on a loopback address. */
export async function startDemoSource(options: DemoSourceOptions = {}): Promise<DemoSource> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`demo source binds loopback only, not '${host}'`);
  let baseUrl = '';
  const server = createServer((request, response) => {
    handleRequest(request, response, baseUrl).catch((error: unknown) => {
      if (!response.headersSent) respondText(response, 500, 'internal error');
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { baseUrl, feedUrl: `${baseUrl}${DEMO_FEED_PATH}`, close: () => closeServer(server) };
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  baseUrl: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    respondText(response, 405, 'method not allowed');
    return;
  }
  // Judge the raw request target: URL parsing would resolve `..` before we could refuse it.
  const [pathname = ''] = (request.url ?? '').split('?', 1);
  const extension = SAFE_PATH.exec(pathname)?.[1];
  const file = path.join(DEMO_SITE_DIR, ...pathname.split('/'));
  if (
    extension === undefined ||
    pathname.includes('..') ||
    !file.startsWith(DEMO_SITE_DIR + path.sep)
  ) {
    respondText(response, 400, 'bad request path');
    return;
  }
  const template = await readTemplate(file);
  if (template === null) {
    respondText(response, 404, 'not found');
    return;
  }
  const body = Buffer.from(template.replaceAll(BASE_URL_PLACEHOLDER, baseUrl), 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  response.setHeader('etag', etag);
  // no-cache = revalidate every time, so feed pollers exercise the If-None-Match path.
  response.setHeader('cache-control', 'no-cache');
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304).end();
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extension],
    'content-length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function readTemplate(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

// RFC 9110: If-None-Match is a list of entity tags compared weakly, or `*`.
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

function respondText(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${message}\n`);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
    // Keep-alive sockets from fetch would otherwise hold close() open until they time out.
    server.closeAllConnections();
  });
}
