import { Inject, Injectable } from '@nestjs/common';
import { isSafeHttpError } from '@newsflow/platform-http';
import {
  FEED_INGESTION_CONFIG,
  type FeedIngestionConfig,
} from '../../config/feed-ingestion.config';
import {
  FetchFailure,
  type DocumentFetcher,
  type FetchedDocument,
  type FetchRequest,
} from '../../ports/document.fetcher';
import { HostPolitenessClient } from '../politeness/host-politeness.client';

const REFUSED_KINDS = new Set(['blocked-address', 'blocked-scheme', 'invalid-url']);

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5';

/**
 * Every outbound fetch of feed-ingestion: SSRF-guarded, robots.txt-checked, in its host's
 * politeness turn, with per-kind size caps. A URL robots.txt disallows fails with kind
 * 'robots-disallowed' (or 'robots-unreachable' while robots.txt answers 5xx), so feed health and
 * item handling see it like any other classified failure.
 */
@Injectable()
export class HttpDocumentFetcher implements DocumentFetcher {
  constructor(
    @Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig,
    private readonly client: HostPolitenessClient,
  ) {}

  async fetch(url: string, request: FetchRequest): Promise<FetchedDocument> {
    const isPage = request.kind === 'page';
    try {
      const response = await this.client.get(url, {
        maxBodyBytes: isPage ? this.config.fetch.pageMaxBytes : this.config.fetch.feedMaxBytes,
        accept: isPage ? PAGE_ACCEPT : FEED_ACCEPT,
        ...(request.etag && { ifNoneMatch: request.etag }),
        ...(request.lastModified && { ifModifiedSince: request.lastModified }),
      });
      const { headers } = response;
      return {
        status: response.status,
        finalUrl: response.finalUrl,
        contentType: response.contentType ?? null,
        text: response.status === 304 ? '' : response.text(),
        bytes: response.bytes,
        etag: headers.etag ?? null,
        lastModified: headers['last-modified'] ?? null,
        cacheControl: headers['cache-control'] ?? null,
        expires: headers.expires ?? null,
        date: headers.date ?? null,
      };
    } catch (error) {
      if (!isSafeHttpError(error)) throw error;
      throw new FetchFailure(
        error.kind,
        error.message,
        error.retryAfterSeconds ?? null,
        REFUSED_KINDS.has(error.kind),
      );
    }
  }
}
