import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { brotliCompressSync, createGzip, gzipSync } from 'node:zlib';

/** Test-only HTTP server on 127.0.0.1 with one route per way a remote site can misbehave. */
export interface MisbehavingServer {
  port: number;
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

// "café – “q”" in windows-1252 and "日本語ニュース" in Shift_JIS.
export const CP1252_BYTES = Buffer.from([
  0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94,
]);
export const SJIS_BYTES = Buffer.from([
  0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58,
]);
export const BOMB_DECODED_BYTES = 50 * 1024 * 1024;

async function gzipZeros(total: number): Promise<Buffer> {
  const zeros = Buffer.alloc(1024 * 1024);
  const chunks: Buffer[] = [];
  await pipeline(
    Readable.from(
      (function* () {
        for (let sent = 0; sent < total; sent += zeros.length) yield zeros;
      })(),
    ),
    createGzip({ level: 9 }),
    async (compressed: AsyncIterable<Buffer>) => {
      for await (const chunk of compressed) chunks.push(chunk);
    },
  );
  return Buffer.concat(chunks);
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: Buffer | string,
): void {
  res.writeHead(status, headers);
  res.end(body);
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

function routes(bomb: Buffer, timers: Set<NodeJS.Timeout>): Record<string, Route> {
  const text = 'hello from the test server';
  return {
    '/ok': (_req, res) => {
      send(res, 200, { 'content-type': 'text/plain; charset=utf-8' }, text);
    },
    '/redirect': (_req, res, url) => {
      send(res, 302, { location: url.searchParams.get('to') ?? '/ok' });
    },
    '/chain': (_req, res, url) => {
      const left = Number(url.searchParams.get('left') ?? '0');
      if (left <= 0) send(res, 200, { 'content-type': 'text/plain' }, 'end of chain');
      else send(res, 307, { location: `/chain?left=${left - 1}` });
    },
    '/loop': (_req, res) => {
      send(res, 301, { location: '/loop' });
    },
    '/relative/a/b': (_req, res) => {
      send(res, 308, { location: '../target?from=b' });
    },
    '/relative/target': (_req, res) => {
      send(res, 200, { 'content-type': 'text/plain' }, 'relative target');
    },
    '/drip': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'), 200);
      timers.add(timer);
      req.socket.once('close', () => {
        clearInterval(timer);
        timers.delete(timer);
      });
    },
    '/hang': () => undefined,
    '/bomb': (_req, res) => {
      send(res, 200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' }, bomb);
    },
    '/double-gzip': (_req, res) => {
      const body = gzipSync(gzipSync(text));
      send(res, 200, { 'content-type': 'text/plain', 'content-encoding': 'gzip, gzip' }, body);
    },
    '/zstd': (_req, res) => {
      send(res, 200, { 'content-type': 'text/plain', 'content-encoding': 'zstd' }, 'whatever');
    },
    '/br': (_req, res) => {
      send(
        res,
        200,
        { 'content-type': 'text/plain', 'content-encoding': 'br' },
        brotliCompressSync(text),
      );
    },
    '/big': (_req, res) => {
      send(res, 200, { 'content-type': 'text/plain' }, Buffer.alloc(2 * 1024 * 1024, 0x61));
    },
    '/charset/header': (_req, res) => {
      send(res, 200, { 'content-type': 'text/plain; charset=windows-1252' }, CP1252_BYTES);
    },
    '/charset/bom': (_req, res) => {
      const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich ✓')]);
      send(res, 200, { 'content-type': 'text/html' }, body);
    },
    '/charset/meta': (_req, res) => {
      const head = Buffer.from('<html><head><meta charset="Shift_JIS"><title>', 'latin1');
      send(res, 200, { 'content-type': 'text/html' }, Buffer.concat([head, SJIS_BYTES]));
    },
    '/charset/meta-1252': (_req, res) => {
      const head = Buffer.from(
        '<meta http-equiv="content-type" content="text/html; charset=windows-1252">',
      );
      send(res, 200, { 'content-type': 'text/html' }, Buffer.concat([head, CP1252_BYTES]));
    },
    '/etag': (req, res) => {
      const validators = { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' };
      const fresh =
        req.headers['if-none-match'] === '"v1"' ||
        req.headers['if-modified-since'] === validators['last-modified'];
      if (fresh) send(res, 304, validators);
      else send(res, 200, { ...validators, 'content-type': 'application/rss+xml' }, '<rss/>');
    },
    '/rate-limited': (_req, res) => {
      send(res, 429, { 'retry-after': '120', 'content-type': 'text/plain' }, 'slow down');
    },
    '/echo-headers': (req, res) => {
      send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(req.headers));
    },
  };
}

export async function startMisbehavingServer(): Promise<MisbehavingServer> {
  const bomb = await gzipZeros(BOMB_DECODED_BYTES);
  const timers = new Set<NodeJS.Timeout>();
  const table = routes(bomb, timers);
  const requests: string[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const route = table[url.pathname];
    if (route === undefined) send(res, 404, { 'content-type': 'text/plain' }, 'not found');
    else route(req, res, url);
  });
  server.on('connection', () => {
    connections += 1;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    connections: () => connections,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
