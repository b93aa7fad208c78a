import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  createBrotliDecompress,
  createGunzip,
  createInflate,
  type BrotliDecompress,
  type Gunzip,
  type Inflate,
} from 'node:zlib';

import { SafeHttpError } from './safe-http-error';

export type ContentCoding = 'identity' | 'gzip' | 'deflate' | 'br';

const CODINGS: Readonly<Record<string, ContentCoding>> = {
  gzip: 'gzip',
  'x-gzip': 'gzip',
  deflate: 'deflate',
  br: 'br',
};

/**
 * Reads a Content-Encoding header. Exactly one layer is accepted: stacked codings only serve to
 * multiply a decompression bomb, and unknown codings cannot be decoded.
 */
export function parseContentEncoding(header: string | undefined): ContentCoding {
  const tokens = (header ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '' && t !== 'identity');
  if (tokens.length === 0) return 'identity';
  const coding = tokens.length === 1 ? CODINGS[tokens[0] ?? ''] : undefined;
  if (coding === undefined) {
    throw new SafeHttpError('bad-encoding', `Unsupported Content-Encoding: ${header ?? ''}`);
  }
  return coding;
}

function createDecoder(
  coding: Exclude<ContentCoding, 'identity'>,
): Gunzip | Inflate | BrotliDecompress {
  switch (coding) {
    case 'gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
  }
}

function tooLarge(maxBytes: number): SafeHttpError {
  return new SafeHttpError('too-large', `Body exceeds ${maxBytes} bytes`);
}

/** Fails the stream as soon as more than `maxBytes` pass through it. */
function byteLimit(maxBytes: number, onOverflow: (error: SafeHttpError) => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen <= maxBytes) {
        callback(null, chunk);
        return;
      }
      const error = tooLarge(maxBytes);
      onOverflow(error);
      callback(error);
    },
  });
}

export interface ReadBodyOptions {
  /** Cap on decompressed bytes. */
  maxBytes: number;
  coding: ContentCoding;
  signal?: AbortSignal;
  /** Keep the first `maxBytes` and stop reading instead of failing (robots.txt: RFC 9309 §2.5). */
  truncate?: boolean;
}

/**
 * Collects a body, decoding at most one content coding and counting the decoded bytes as they
 * come out of zlib: a bomb is stopped after `maxBytes` of output, never inflated in full.
 */
export async function readBody(source: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const { maxBytes, coding, signal, truncate = false } = options;
  const chunks: Buffer[] = [];
  let total = 0;
  // pipeline() may surface the teardown's AbortError instead of the error that caused it.
  let overflow: SafeHttpError | undefined;
  const onOverflow = (error: SafeHttpError): void => {
    overflow ??= error;
  };
  const collect = async (decoded: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of decoded) {
      total += chunk.length;
      if (total > maxBytes) {
        if (truncate) chunks.push(chunk.subarray(0, maxBytes - (total - chunk.length)));
        const error = tooLarge(maxBytes);
        onOverflow(error);
        throw error;
      }
      chunks.push(chunk);
    }
  };
  const pipelineOptions = signal === undefined ? {} : { signal };
  try {
    if (coding === 'identity') {
      await pipeline(source, collect, pipelineOptions);
    } else {
      // Compressed input larger than the decoded cap (plus zlib framing) is garbage or padding.
      const rawLimit = byteLimit(maxBytes + 64 * 1024, onOverflow);
      await pipeline(source, rawLimit, createDecoder(coding), collect, pipelineOptions);
    }
  } catch (error) {
    // Throwing stopped the source; in truncating mode what was decoded so far is the answer.
    if (overflow !== undefined && truncate) return Buffer.concat(chunks).subarray(0, maxBytes);
    if (overflow !== undefined) throw overflow;
    if (error instanceof SafeHttpError) throw error;
    if (isZlibError(error)) {
      throw new SafeHttpError('bad-encoding', `Cannot decode ${coding} body`, { cause: error });
    }
    throw error;
  }
  return Buffer.concat(chunks, total);
}

// zlib reports Z_* codes; brotli reports its decoder error names as ERR__ERROR_* / ERR_BROTLI_*.
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(Z_|ERR__ERROR_|ERR_BROTLI_)/.test(code);
}

/** True when the bytes start with the gzip magic number (e.g. a `.xml.gz` sitemap). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips an in-memory payload (a `.xml.gz` sitemap) under the same decompressed-size cap. */
export async function gunzipLimited(bytes: Uint8Array, maxBytes: number): Promise<Buffer> {
  return readBody(Readable.from([Buffer.from(bytes)]), { maxBytes, coding: 'gzip' });
}
