import { Inject, Injectable } from '@nestjs/common';
import { discoverFeeds } from '@newsflow/feeds';
import { FEED_INGESTION_CONFIG, type FeedIngestionConfig } from '../config/feed-ingestion.config';
import {
  DOCUMENT_FETCHER,
  FetchFailure,
  type DocumentFetcher,
  type FetchedDocument,
} from '../ports/document.fetcher';
import {
  FEED_PARSER,
  type FeedParser,
  type FeedParseResult,
  type ParsedFeed,
  type SitemapReference,
} from '../ports/feed.parser';
import type { FeedState } from '../ports/feed.store';
import { cacheOf, failed, type FeedRead } from './feed-read';
import { readSitemapChildren } from './sitemap-children';

export type { FeedRead } from './feed-read';

// A home page may advertise several feeds (all news, comments, a section); the first that
// parses is the site's main feed. More fetches would only hand a hostile page a multiplier.
const MAX_DISCOVERED_FEEDS = 3;

/**
 * Fetches a feed URL (conditional GET) and parses it; when it is a sitemap index, follows its
 * newest child sitemaps — at most SITEMAP_MAX_CHILDREN fetches and two levels per read — and
 * merges their URLs newest first. A failing child is skipped; the read fails only if the
 * document itself, or every child, fails.
 */
@Injectable()
export class ReadFeedUseCase {
  constructor(
    @Inject(DOCUMENT_FETCHER) private readonly fetcher: DocumentFetcher,
    @Inject(FEED_PARSER) private readonly parser: FeedParser,
    @Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig,
  ) {}

  async execute(feed: FeedState, now: Date): Promise<FeedRead> {
    let document: FetchedDocument;
    try {
      document = await this.fetcher.fetch(feed.url, {
        kind: 'feed',
        etag: feed.etag,
        lastModified: feed.lastModified,
      });
    } catch (error) {
      if (error instanceof FetchFailure) return failed(error);
      throw error;
    }
    if (document.status === 304) return { kind: 'not-modified', cache: cacheOf(document) };
    const parsed = await this.parser.parse(
      { text: document.text, bytes: document.bytes, url: document.finalUrl },
      now,
    );
    if (!parsed.ok) {
      // A site's home page registered instead of its feed: follow the feed it advertises.
      const discovered =
        parsed.kind === 'feed-not-a-feed' ? await this.readAdvertised(document, now) : null;
      if (discovered !== null) return discovered;
      return {
        kind: 'failed',
        errorKind: parsed.kind,
        message: parsed.message,
        retryAfterSeconds: null,
      };
    }
    const read = {
      kind: 'read' as const,
      status: document.status,
      etag: document.etag,
      lastModified: document.lastModified,
      cache: cacheOf(document),
      format: parsed.feed.format,
      ttlMinutes: parsed.feed.ttlMinutes,
    };
    if (parsed.feed.format !== 'sitemap-index') return { ...read, items: parsed.feed.items };
    const children = await readSitemapChildren(parsed.feed, this.config.sitemaps, (child) =>
      this.readChild(child, now),
    );
    if (children.ok) return { ...read, items: children.items };
    return children.failure;
  }

  /**
   * The first feed an HTML page advertises (`<link rel="alternate">`) that can be read, without
   * conditional GET: the page's validators say nothing about the feed's.
   */
  private async readAdvertised(page: FetchedDocument, now: Date): Promise<FeedRead | null> {
    for (const url of discoverFeeds(page.text, page.finalUrl).slice(0, MAX_DISCOVERED_FEEDS)) {
      const fetched = await this.fetchAndParse(url, now);
      if ('kind' in fetched || !fetched.parsed.ok) continue;
      const { document, parsed } = fetched;
      if (parsed.feed.format === 'sitemap-index') continue;
      const { format, ttlMinutes, items } = parsed.feed;
      const validators = { etag: null, lastModified: null };
      const discoveredUrl = document.finalUrl;
      return {
        kind: 'read',
        status: document.status,
        ...validators,
        cache: cacheOf(document),
        format,
        ttlMinutes,
        items,
        discoveredUrl,
      };
    }
    return null;
  }

  private async readChild(child: SitemapReference, now: Date): Promise<ParsedFeed | FeedRead> {
    const fetched = await this.fetchAndParse(child.url, now);
    if ('kind' in fetched) return fetched;
    const { parsed } = fetched;
    if (parsed.ok) return parsed.feed;
    const message = `${child.url}: ${parsed.message}`;
    return { kind: 'failed', errorKind: parsed.kind, message, retryAfterSeconds: null };
  }

  /** A further feed document (sitemap child, advertised feed); a failed fetch as a FeedRead. */
  private async fetchAndParse(
    url: string,
    now: Date,
  ): Promise<{ document: FetchedDocument; parsed: FeedParseResult } | FeedRead> {
    try {
      const document = await this.fetcher.fetch(url, { kind: 'feed' });
      const body = { text: document.text, bytes: document.bytes, url: document.finalUrl };
      return { document, parsed: await this.parser.parse(body, now) };
    } catch (error) {
      if (error instanceof FetchFailure) return failed(error);
      throw error;
    }
  }
}
