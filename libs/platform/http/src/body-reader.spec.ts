import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

import { gunzipLimited, isGzip, parseContentEncoding, readBody } from './body-reader';
import { SafeHttpError } from './safe-http-error';

const stream = (...chunks: Buffer[]): Readable => Readable.from(chunks);

async function failureKind(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return (error as SafeHttpError).kind;
  }
}

describe('parseContentEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    [' deflate ', 'deflate'],
    ['br', 'br'],
  ])('reads %p as %s', (header, coding) => {
    expect(parseContentEncoding(header)).toBe(coding);
  });

  it.each(['gzip, gzip', 'gzip, br', 'deflate,gzip', 'zstd', 'compress'])(
    'rejects %p',
    (header) => {
      let thrown: unknown;
      try {
        parseContentEncoding(header);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SafeHttpError);
      expect((thrown as SafeHttpError).kind).toBe('bad-encoding');
    },
  );
});

describe('readBody', () => {
  const text = Buffer.from('<rss>'.repeat(1000));

  it.each([
    ['gzip', gzipSync(text)],
    ['deflate', deflateSync(text)],
    ['br', brotliCompressSync(text)],
  ] as const)('decodes %s', async (coding, compressed) => {
    const half = Math.floor(compressed.length / 2);
    const body = await readBody(stream(compressed.subarray(0, half), compressed.subarray(half)), {
      coding,
      maxBytes: text.length,
    });
    expect(body.equals(text)).toBe(true);
  });

  it('rejects an identity body one byte over the cap', async () => {
    await expect(
      readBody(stream(text), { coding: 'identity', maxBytes: text.length }),
    ).resolves.toHaveLength(text.length);
    expect(
      await failureKind(readBody(stream(text), { coding: 'identity', maxBytes: text.length - 1 })),
    ).toBe('too-large');
  });

  it('stops a decompression bomb at the decoded cap', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(
      await failureKind(readBody(stream(bomb), { coding: 'gzip', maxBytes: 1024 * 1024 })),
    ).toBe('too-large');
  });

  it('reports corrupt compressed data as bad-encoding', async () => {
    const garbage = Buffer.from('definitely not compressed data');
    expect(await failureKind(readBody(stream(garbage), { coding: 'gzip', maxBytes: 1000 }))).toBe(
      'bad-encoding',
    );
    expect(await failureKind(readBody(stream(garbage), { coding: 'br', maxBytes: 1000 }))).toBe(
      'bad-encoding',
    );
    const truncated = gzipSync(text).subarray(0, 20);
    expect(await failureKind(readBody(stream(truncated), { coding: 'gzip', maxBytes: 1e6 }))).toBe(
      'bad-encoding',
    );
  });
});

describe('gunzipLimited', () => {
  it('gunzips a .xml.gz payload within the cap', async () => {
    const sitemap = Buffer.from('<urlset></urlset>');
    const gz = gzipSync(sitemap);
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(sitemap)).toBe(false);
    expect((await gunzipLimited(gz, 100)).toString()).toBe('<urlset></urlset>');
    expect(await failureKind(gunzipLimited(gz, 10))).toBe('too-large');
  });
});

describe('readBody truncating (robots.txt)', () => {
  it('keeps the first maxBytes of a plain body', async () => {
    const body = await readBody(stream(Buffer.from('abcdef'), Buffer.from('ghij')), {
      maxBytes: 8,
      coding: 'identity',
      truncate: true,
    });
    expect(body.toString()).toBe('abcdefgh');
  });

  it('stops a decompression bomb at maxBytes of output instead of failing', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x61));
    const body = await readBody(stream(bomb), { maxBytes: 1000, coding: 'gzip', truncate: true });
    expect(body.length).toBe(1000);
    expect(body.every((b) => b === 0x61)).toBe(true);
  });

  it('returns a short body whole', async () => {
    const body = await readBody(stream(Buffer.from('short')), {
      maxBytes: 100,
      coding: 'identity',
      truncate: true,
    });
    expect(body.toString()).toBe('short');
  });
});
