import { Inject, Injectable } from '@nestjs/common';
import { FEED_INGESTION_CONFIG, type FeedIngestionConfig } from '../config/feed-ingestion.config';
import {
  DOCUMENT_FETCHER,
  FetchFailure,
  type DocumentFetcher,
  type FetchedDocument,
} from '../ports/document.fetcher';
import {
  FEED_PARSER,
  type FeedItem,
  type FeedParser,
  type ParsedFeed,
  type SitemapReference,
} from '../ports/feed.parser';
import type { FeedState } from '../ports/feed.store';
import { cacheOf, failed, newestFirst, type FeedRead } from './feed-read';

export type { FeedRead } from './feed-read';

// An index of indexes is already unusual; deeper nesting is a loop or a trap.
const MAX_SITEMAP_DEPTH = 2;

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
    const children = await this.readChildren(parsed.feed, now);
    if (children.ok) return { ...read, items: children.items };
    return children.failure;
  }

  private async readChildren(
    index: ParsedFeed,
    now: Date,
  ): Promise<{ ok: true; items: FeedItem[] } | { ok: false; failure: FeedRead }> {
    const budget = { fetches: this.config.sitemaps.maxChildSitemaps };
    const items = new Map<string, FeedItem>();
    const failures: FeedRead[] = [];
    const queue = (index.childSitemaps ?? []).map((child) => ({ child, depth: 1 }));
    const visited = new Set<string>();
    for (let next = queue.shift(); next && budget.fetches > 0; next = queue.shift()) {
      if (visited.has(next.child.url)) continue;
      visited.add(next.child.url);
      budget.fetches -= 1;
      const child = await this.readChild(next.child, now);
      if ('kind' in child) {
        failures.push(child);
        continue;
      }
      for (const item of child.items)
        if (item.url && !items.has(item.url)) items.set(item.url, item);
      if (next.depth < MAX_SITEMAP_DEPTH) {
        for (const grandchild of child.childSitemaps ?? [])
          queue.push({ child: grandchild, depth: next.depth + 1 });
      }
    }
    if (items.size === 0 && failures.length > 0 && failures.length === visited.size) {
      return { ok: false, failure: failures[0] as FeedRead };
    }
    const merged = newestFirst([...items.values()]).slice(0, this.config.sitemaps.maxItems);
    return { ok: true, items: merged };
  }

  private async readChild(child: SitemapReference, now: Date): Promise<ParsedFeed | FeedRead> {
    try {
      const document = await this.fetcher.fetch(child.url, { kind: 'feed' });
      const parsed = await this.parser.parse(
        { text: document.text, bytes: document.bytes, url: document.finalUrl },
        now,
      );
      if (parsed.ok) return parsed.feed;
      return {
        kind: 'failed',
        errorKind: parsed.kind,
        message: `${child.url}: ${parsed.message}`,
        retryAfterSeconds: null,
      };
    } catch (error) {
      if (error instanceof FetchFailure) return failed(error);
      throw error;
    }
  }
}
