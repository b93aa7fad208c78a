import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** How the site answers `/robots.txt`. */
export type RobotsBehaviour =
  | { readonly kind: 'text'; readonly body: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'drip' }
  | { readonly kind: 'gzip-bomb'; readonly head: string; readonly decodedBytes: number };

/** One request as the site saw it. */
export interface SeenRequest {
  readonly path: string;
  readonly userAgent: string | undefined;
  /** process.hrtime-based ms when the request head arrived. */
  readonly atMs: number;
}

/** Test-only news site on a loopback address that misbehaves on request. */
export interface HostileSite {
  readonly origin: string;
  url(path: string): string;
  readonly requests: SeenRequest[];
  /** Most requests in flight at once. */
  peakConcurrency(): number;
  connections(): number;
  robots: RobotsBehaviour;
  close(): Promise<void>;
}

const RSS = (origin: string): string => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile</title><link>${origin}/</link>
<item><title>One</title><link>${origin}/news/1</link><guid>1</guid></item>
</channel></rss>`;

const nowMs = (): number => Number(process.hrtime.bigint() / 1_000_000n);

function send(res: ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

/** Starts the site on `host` (a loopback address; 127.0.0.2 lets tests keep 127.0.0.1 private). */
export async function startHostileSite(host = '127.0.0.1'): Promise<HostileSite> {
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let active = 0;
  let peak = 0;
  let connections = 0;
  let origin = '';
  const site = {
    robots: { kind: 'status', status: 404 } as RobotsBehaviour,
  };

  const drip = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('Disallow: /x\n'), 200);
    timers.add(timer);
    req.socket.once('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  };

  const robots = (req: IncomingMessage, res: ServerResponse): void => {
    const behaviour = site.robots;
    switch (behaviour.kind) {
      case 'text':
        send(res, 200, 'text/plain', behaviour.body);
        return;
      case 'status':
        send(res, behaviour.status, 'text/plain', 'no robots here');
        return;
      case 'drip':
        drip(req, res);
        return;
      case 'gzip-bomb': {
        const padding = Buffer.alloc(behaviour.decodedBytes, '#');
        const body = gzipSync(Buffer.concat([Buffer.from(behaviour.head), padding]));
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        res.end(body);
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push({
      path: url.pathname + url.search,
      userAgent: req.headers['user-agent'],
      atMs: nowMs(),
    });
    active += 1;
    peak = Math.max(peak, active);
    res.once('close', () => (active -= 1));
    const slowMs = Number(url.searchParams.get('slow') ?? '0');
    const respond = (): void => {
      if (url.pathname === '/robots.txt') robots(req, res);
      else if (url.pathname === '/feed.xml') send(res, 200, 'application/rss+xml', RSS(origin));
      else if (url.pathname === '/redirect') {
        res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
        res.end();
      } else if (url.pathname === '/drip') drip(req, res);
      else if (url.pathname === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)));
      } else {
        send(
          res,
          200,
          'text/html; charset=utf-8',
          `<html><body><p>${url.pathname}</p></body></html>`,
        );
      }
    };
    if (slowMs > 0) {
      const timer = setTimeout(respond, slowMs);
      timers.add(timer);
    } else respond();
  });
  server.on('connection', () => {
    connections += 1;
  });
  server.listen(0, host);
  await once(server, 'listening');
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return Object.assign(site, {
    origin,
    url: (path: string) => `${origin}${path}`,
    requests,
    peakConcurrency: () => peak,
    connections: () => connections,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  });
}
