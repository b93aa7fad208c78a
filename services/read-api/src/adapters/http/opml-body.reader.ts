import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { parseRequest } from '@newsflow/platform-service';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { decodeOpmlBytes } from '../../domain/opml-encoding';
import { OPML_MAX_BYTES } from '../../domain/opml-reader';

/** Media types an OPML upload may come as (curl --data-binary defaults aside). */
export const OPML_MEDIA_TYPES = [
  'text/x-opml',
  'application/xml',
  'text/xml',
  'application/x-opml',
  'application/opml+xml',
] as const;

const jsonImportSchema = z.object({ opml: z.string().min(1).max(OPML_MAX_BYTES) }).strict();

/**
 * The OPML text of an import request: an XML body read here with a byte cap (Nest parses only
 * JSON and forms), or JSON `{opml}` (subject to the JSON body limit, 100 KB by default).
 */
export async function readOpmlBody(request: Request, response: Response): Promise<string> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') {
    return parseRequest(jsonImportSchema, request.body, 'import request').opml;
  }
  if (!(OPML_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw new UnsupportedMediaTypeException(
      `send OPML as ${OPML_MEDIA_TYPES.join(', ')} or JSON {"opml": "..."}, not '${type.slice(0, 60) || 'no content type'}'`,
    );
  }
  const tooLarge = (): PayloadTooLargeException => {
    // The rest of the body is not read, so the connection cannot be reused.
    response.setHeader('connection', 'close');
    return new PayloadTooLargeException(`OPML larger than ${OPML_MAX_BYTES} bytes`);
  };
  if (Number(request.headers['content-length'] ?? 0) > OPML_MAX_BYTES) throw tooLarge();
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= OPML_MAX_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Stop reading but keep the socket open long enough to answer 413.
      request.off('data', onData);
      request.pause();
      reject(tooLarge());
    };
    request.on('data', onData);
    request.once('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.once('error', reject);
  });
  return decodeOpmlBytes(bytes);
}
