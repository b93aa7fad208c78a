import { Inject, Injectable } from '@nestjs/common';
import { isFeedParseError, parseFeedDocument } from '@newsflow/feeds';
import { decodeBody, gunzipLimited, isGzip, isSafeHttpError } from '@newsflow/platform-http';
import {
  FEED_INGESTION_CONFIG,
  type FeedIngestionConfig,
} from '../../config/feed-ingestion.config';
import type { FeedBody, FeedParser, FeedParseResult } from '../../ports/feed.parser';

// What a gzip body looks like once a fetcher decoded it as text: the magic bytes 1f 8b, the
// second lost to U+FFFD (or kept as "‹" by windows-1252).
// eslint-disable-next-line no-control-regex -- the gzip magic byte 0x1f is the point
const GZIP_AS_TEXT = /^\u001f[\ufffd\u008b\u2039]/;

type Decoded = { ok: true; text: string } | { ok: false; kind: string; message: string };

/**
 * The feed parser of @newsflow/feeds behind the port, plus the one step it cannot do purely:
 * a body that is itself a gzip file (`sitemap.xml.gz`, served without Content-Encoding) is
 * inflated under the feed size cap, counted on the output, so a gzip bomb stops at the cap.
 */
@Injectable()
export class HardenedFeedParser implements FeedParser {
  constructor(@Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig) {}

  async parse(body: FeedBody, now: Date): Promise<FeedParseResult> {
    const decoded = await this.decode(body);
    if (!decoded.ok) return decoded;
    try {
      return {
        ok: true,
        feed: parseFeedDocument(decoded.text, body.url, { now, sitemap: this.config.sitemaps }),
      };
    } catch (error) {
      if (isFeedParseError(error))
        return { ok: false, kind: `feed-${error.kind}`, message: error.message };
      return {
        ok: false,
        kind: 'feed-unexpected',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }

  private async decode(body: FeedBody): Promise<Decoded> {
    if (body.bytes === undefined || !isGzip(body.bytes)) {
      if (GZIP_AS_TEXT.test(body.text)) {
        return {
          ok: false,
          kind: 'feed-malformed',
          message: 'Body is a gzip file, but the fetcher passed on only its text',
        };
      }
      return { ok: true, text: body.text };
    }
    try {
      const inflated = await gunzipLimited(body.bytes, this.config.fetch.feedMaxBytes);
      return { ok: true, text: decodeBody(inflated) };
    } catch (error) {
      if (!isSafeHttpError(error)) throw error;
      const kind = error.kind === 'too-large' ? 'feed-too-large' : 'feed-malformed';
      return { ok: false, kind, message: `gzip body: ${error.message}` };
    }
  }
}
