import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { isSafeHttpError, SafeHttpClient } from '@newsflow/platform-http';
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

const REFUSED_KINDS = new Set(['blocked-address', 'blocked-scheme', 'invalid-url']);

/** Every outbound fetch of feed-ingestion goes through the SSRF-guarded client, with per-kind size caps. */
@Injectable()
export class HttpDocumentFetcher implements DocumentFetcher, OnApplicationShutdown {
  private readonly client: SafeHttpClient;

  constructor(@Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig) {
    this.client = new SafeHttpClient({
      userAgent: config.fetch.userAgent,
      allowedAddresses: [...config.fetch.allowedAddresses],
      totalTimeoutMs: config.fetch.timeoutMs,
    });
  }

  async fetch(url: string, request: FetchRequest): Promise<FetchedDocument> {
    try {
      const response = await this.client.get(url, {
        maxBodyBytes:
          request.kind === 'feed' ? this.config.fetch.feedMaxBytes : this.config.fetch.pageMaxBytes,
        accept:
          request.kind === 'feed'
            ? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5'
            : 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5',
        ...(request.etag && { ifNoneMatch: request.etag }),
        ...(request.lastModified && { ifModifiedSince: request.lastModified }),
      });
      return {
        status: response.status,
        finalUrl: response.finalUrl,
        contentType: response.contentType ?? null,
        text: response.status === 304 ? '' : response.text(),
        etag: response.headers.etag ?? null,
        lastModified: response.headers['last-modified'] ?? null,
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

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
