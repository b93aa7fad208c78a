import { startMisbehavingServer, type MisbehavingServer } from '../test/misbehaving-server';
import { SafeHttpClient } from './safe-http-client';
import type { SafeHttpError } from './safe-http-error';

const MIB = 1024 * 1024;

async function failure(work: Promise<unknown>): Promise<SafeHttpError> {
  try {
    await work;
  } catch (error) {
    return error as SafeHttpError;
  }
  throw new Error('expected the request to fail');
}

describe('SafeHttpClient bodies, deadlines and statuses', () => {
  let server: MisbehavingServer;
  let client: SafeHttpClient;

  beforeAll(async () => {
    server = await startMisbehavingServer();
    client = new SafeHttpClient({
      userAgent: 'newsflow-test/1.0 (+https://newsflow.example/bot)',
      allowedAddresses: ['127.0.0.1'],
      totalTimeoutMs: 5000,
      maxBodyBytes: 4 * MIB,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('cuts a slow-drip body off at the total deadline', async () => {
    const started = Date.now();
    const error = await failure(client.get(server.url('/drip'), { totalTimeoutMs: 1000 }));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1500);
  });

  it('times out a server that never answers', async () => {
    const error = await failure(client.get(server.url('/hang'), { totalTimeoutMs: 500 }));
    expect(error.kind).toBe('timeout');
  });

  it('stops a 50 MB gzip bomb at a 1 MB cap quickly and without inflating it', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const error = await failure(client.get(server.url('/bomb'), { maxBodyBytes: MIB }));
    expect(error.kind).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * MIB);
  });

  it('applies the per-call cap to plain bodies', async () => {
    expect((await client.get(server.url('/big'))).bytes).toHaveLength(2 * MIB);
    expect((await failure(client.get(server.url('/big'), { maxBodyBytes: MIB }))).kind).toBe(
      'too-large',
    );
  });

  it('rejects stacked and unknown content codings', async () => {
    expect((await failure(client.get(server.url('/double-gzip')))).kind).toBe('bad-encoding');
    expect((await failure(client.get(server.url('/zstd')))).kind).toBe('bad-encoding');
  });

  it('decodes brotli', async () => {
    expect((await client.get(server.url('/br'))).text()).toBe('hello from the test server');
  });

  it.each([
    ['/charset/header', 'café – “q”'],
    ['/charset/bom', 'Zürich ✓'],
    ['/charset/meta', '日本語ニュース'],
    ['/charset/meta-1252', 'café – “q”'],
  ])('decodes %s', async (path, expected) => {
    expect((await client.get(server.url(path))).text()).toContain(expected);
  });

  it('answers a matching conditional GET with an empty 304', async () => {
    const first = await client.get(server.url('/etag'));
    expect(first.status).toBe(200);
    const etag = first.headers['etag'];
    const lastModified = first.headers['last-modified'];

    const byEtag = await client.get(server.url('/etag'), { ifNoneMatch: etag });
    expect(byEtag.status).toBe(304);
    expect(byEtag.bytes).toHaveLength(0);
    expect(byEtag.text()).toBe('');

    const byDate = await client.get(server.url('/etag'), {
      ifModifiedSince: new Date(lastModified!),
    });
    expect(byDate.status).toBe(304);
    expect((await client.get(server.url('/etag'), { ifNoneMatch: '"v0"' })).status).toBe(200);
  });

  it('reports 429 as http-status with Retry-After in seconds', async () => {
    const error = await failure(client.get(server.url('/rate-limited')));
    expect(error).toMatchObject({ kind: 'http-status', status: 429, retryAfterSeconds: 120 });
    expect((await failure(client.get(server.url('/missing')))).status).toBe(404);
  });
});
