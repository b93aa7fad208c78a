import type { LookupFunction } from 'node:net';
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { buildConnector } from 'undici';

import { startMisbehavingServer, type MisbehavingServer } from '../test/misbehaving-server';
import { AddressPolicy } from './address-policy';
import { createGuardedConnector } from './guarded-connector';
import { SafeHttpClient } from './safe-http-client';
import type { SafeHttpError } from './safe-http-error';

const userAgent = 'newsflow-test/1.0 (+https://newsflow.example/bot)';

async function failure(work: Promise<unknown>): Promise<SafeHttpError> {
  try {
    await work;
  } catch (error) {
    return error as SafeHttpError;
  }
  throw new Error('expected the request to fail');
}

describe('SafeHttpClient destinations and redirects', () => {
  let server: MisbehavingServer;
  let strict: SafeHttpClient;
  let local: SafeHttpClient;

  beforeAll(async () => {
    server = await startMisbehavingServer();
    strict = new SafeHttpClient({ userAgent, totalTimeoutMs: 5000 });
    local = new SafeHttpClient({
      userAgent,
      totalTimeoutMs: 5000,
      allowedAddresses: ['127.0.0.1'],
    });
  });
  afterAll(async () => {
    await Promise.all([strict.close(), local.close()]);
    await server.close();
  });

  it('refuses loopback on the very first hop without an allowlist, in any spelling', async () => {
    const before = server.connections();
    for (const host of [
      '127.0.0.1',
      '2130706433',
      '0177.0.0.1',
      '0x7f.1',
      '127.1',
      '[::ffff:127.0.0.1]',
    ]) {
      const error = await failure(strict.get(`http://${host}:${server.port}/ok`));
      expect(error.kind).toBe('blocked-address');
    }
    expect(
      (await failure(strict.get(`http://[::ffff:127.0.0.1]:${server.port}/`))).message,
    ).toContain('loopback');
    expect(server.connections()).toBe(before);
  });

  it('refuses a name that resolves to loopback before connecting', async () => {
    const before = server.connections();
    const error = await failure(strict.get(`http://localhost:${server.port}/ok`));
    expect(error.kind).toBe('blocked-address');
    expect(server.connections()).toBe(before);
  });

  it('follows a redirect to 0177.0.0.1 only because it is the allowlisted 127.0.0.1', async () => {
    const target = `http://0177.0.0.1:${server.port}/ok`;
    const first = server.url(`/redirect?to=${encodeURIComponent(target)}`);
    const response = await local.get(first);
    expect(response.status).toBe(200);
    expect(response.finalUrl).toBe(server.url('/ok'));
    expect(response.redirects).toEqual([first]);
    expect(response.text()).toBe('hello from the test server');
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'blocked-address'],
    ['http://10.0.0.1/', 'blocked-address'],
    ['http://[::1]/', 'blocked-address'],
    ['http://[fd00::1]/', 'blocked-address'],
    ['file:///etc/passwd', 'blocked-scheme'],
    ['gopher://127.0.0.1/', 'blocked-scheme'],
  ])('re-validates each hop: a redirect to %s fails with %s', async (to, kind) => {
    const started = Date.now();
    const error = await failure(local.get(server.url(`/redirect?to=${encodeURIComponent(to)}`)));
    expect(error.kind).toBe(kind);
    expect(error.url).toBe(to);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('follows exactly maxRedirects hops and fails past them', async () => {
    const ok = await local.get(server.url('/chain?left=5'));
    expect(ok.redirects).toHaveLength(5);
    expect(ok.text()).toBe('end of chain');

    const before = server.requests.length;
    const error = await failure(local.get(server.url('/loop')));
    expect(error.kind).toBe('too-many-redirects');
    expect(server.requests.length - before).toBe(6);
  });

  it('resolves a relative Location against the hop that sent it', async () => {
    const response = await local.get(server.url('/relative/a/b'));
    expect(response.finalUrl).toBe(server.url('/relative/target?from=b'));
    expect(response.redirects).toEqual([server.url('/relative/a/b')]);
  });

  it('sends the identifying User-Agent and advertises the codings it can decode', async () => {
    const headers = JSON.parse((await local.get(server.url('/echo-headers'))).text()) as Record<
      string,
      string
    >;
    expect(headers['user-agent']).toBe(userAgent);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    await once(closed, 'close');
    expect((await failure(local.get(`http://127.0.0.1:${port}/`))).kind).toBe('network');
  });
});

describe('createGuardedConnector on real sockets', () => {
  let sink: Server;
  let port: number;
  let bytesReceived = 0;

  beforeAll(async () => {
    // A raw TCP listener: it records whether the client sent anything at all (request or ClientHello).
    sink = createServer((socket) => {
      socket.on('data', (chunk: Buffer) => {
        bytesReceived += chunk.length;
      });
      socket.on('error', () => undefined);
    });
    sink.listen(0, '127.0.0.1');
    await once(sink, 'listening');
    ({ port } = sink.address() as AddressInfo);
  });
  afterAll(async () => {
    sink.close();
    await once(sink, 'close');
  });

  function connect(options: buildConnector.Options, lookup?: LookupFunction) {
    const connector = createGuardedConnector({
      policy: new AddressPolicy(),
      connectTimeoutMs: 2000,
      ...(lookup === undefined ? {} : { lookup }),
    });
    return new Promise<Error | null>((resolve) => {
      connector(options, (error, socket) => {
        socket?.destroy();
        resolve(error);
      });
    });
  }

  // Rebinding stand-in: a resolver answer the DNS guard never saw.
  const rebindingLookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all === true) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  };

  it.each(['http:', 'https:'])(
    'blocks an IP literal (%s) at the socket, where no DNS check runs, before sending a byte',
    async (protocol) => {
      const error = await connect({ hostname: '127.0.0.1', protocol, port: String(port) });
      expect((error as SafeHttpError).kind).toBe('blocked-address');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(bytesReceived).toBe(0);
    },
  );

  it('blocks a name whose lookup bypassed the DNS guard', async () => {
    const error = await connect(
      { hostname: 'rebind.example', protocol: 'https:', port: String(port) },
      rebindingLookup,
    );
    expect((error as SafeHttpError).kind).toBe('blocked-address');
    expect(bytesReceived).toBe(0);
  });
});
