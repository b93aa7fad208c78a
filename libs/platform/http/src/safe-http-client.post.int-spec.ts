import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SafeHttpClient } from './safe-http-client';
import type { SafeHttpError } from './safe-http-error';

describe('SafeHttpClient.post', () => {
  let server: Server;
  let base: string;
  const received: { headers: Record<string, unknown>; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        if (request.url === '/moved') {
          response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
        } else {
          response.writeHead(204).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );

  it('sends the body and extra headers to an allowed address', async () => {
    const client = new SafeHttpClient({
      userAgent: 'newsflow-test/1',
      allowedAddresses: ['127.0.0.1'],
    });
    const response = await client.post(`${base}/hook`, '{"a":1}', {
      headers: { 'x-signature': 'abc' },
    });
    await client.close();
    expect(response.status).toBe(204);
    expect(received.at(-1)).toMatchObject({
      body: '{"a":1}',
      headers: { 'x-signature': 'abc', 'content-type': 'application/json' },
    });
  });

  it('refuses loopback unless allowed, and never follows a redirect', async () => {
    const strict = new SafeHttpClient({ userAgent: 'newsflow-test/1' });
    await expect(strict.post(`${base}/hook`, '{}')).rejects.toMatchObject({
      kind: 'blocked-address',
    } satisfies Partial<SafeHttpError>);
    await strict.close();
    const allowed = new SafeHttpClient({
      userAgent: 'newsflow-test/1',
      allowedAddresses: ['127.0.0.1'],
    });
    await expect(allowed.post(`${base}/moved`, '{}')).rejects.toMatchObject({
      kind: 'http-status',
      status: 302,
    });
    await allowed.close();
  });
});
