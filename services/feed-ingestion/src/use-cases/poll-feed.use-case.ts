import { Inject, Injectable } from '@nestjs/common';
import type { ExtractedArticle } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { FEED_INGESTION_CONFIG, type FeedIngestionConfig } from '../config/feed-ingestion.config';
import { assembleArticle } from '../domain/article-assembly';
import { healthAfter, nextPollAfterFailure, nextPollAfterSuccess } from '../domain/feed-schedule';
import { DOCUMENT_FETCHER, FetchFailure, type DocumentFetcher } from '../ports/document.fetcher';
import { FEED_PARSER, type FeedItem, type FeedParser } from '../ports/feed.parser';
import {
  FEED_STORE,
  SEEN_ITEM_STORE,
  type FeedState,
  type FeedStore,
  type SeenItemStore,
} from '../ports/feed.store';
import {
  INGESTED_ARTICLE_PUBLISHER,
  type IngestedArticlePublisher,
} from '../ports/ingested-article.publisher';
import { documentFormat, extractDocument } from './extract-document';

// A feed body shorter than this is a teaser: fetch the page for the full text.
const FULL_TEXT_MIN_WORDS = 120;

export interface PollOutcome {
  readonly newItems: number;
  readonly failedItems: number;
}

/**
 * One poll of one feed: conditional GET, parse, turn each unseen item into an article (from the
 * feed's own full text, else the fetched page), then record health and the next poll time. An
 * item that fails is retried on the next poll; the feed as a whole fails only if it cannot be
 * fetched or parsed.
 */
@Injectable()
export class PollFeedUseCase {
  constructor(
    @Inject(DOCUMENT_FETCHER) private readonly fetcher: DocumentFetcher,
    @Inject(FEED_PARSER) private readonly parser: FeedParser,
    @Inject(FEED_STORE) private readonly feeds: FeedStore,
    @Inject(SEEN_ITEM_STORE) private readonly seen: SeenItemStore,
    @Inject(INGESTED_ARTICLE_PUBLISHER) private readonly publisher: IngestedArticlePublisher,
    @Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig,
    private readonly metrics: PipelineMetrics,
  ) {}

  async execute(feed: FeedState): Promise<PollOutcome> {
    const now = new Date();
    let document;
    try {
      document = await this.fetcher.fetch(feed.url, {
        kind: 'feed',
        etag: feed.etag,
        lastModified: feed.lastModified,
      });
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      return this.recordFailure(feed, error.kind, error.message, error.retryAfterSeconds);
    }
    if (document.status === 304) {
      const next = nextPollAfterSuccess(now, this.bounds(), null);
      await this.feeds.recordPoll(feed.url, now, {
        ok: true,
        status: 304,
        etag: feed.etag,
        lastModified: feed.lastModified,
        newItems: 0,
        next,
      });
      return { newItems: 0, failedItems: 0 };
    }
    const parsed = this.parser.parse(document.text, document.finalUrl);
    if (!parsed.ok) return this.recordFailure(feed, parsed.kind, parsed.message, null);

    let newItems = 0;
    let failedItems = 0;
    for (const item of parsed.feed.items) {
      const key = item.guid ?? item.url;
      if (!key || (await this.seen.isSeen(feed.url, key))) continue;
      try {
        const article = await this.articleFor(item, feed.url);
        await this.publisher.publish(article);
        await this.seen.markSeen(feed.url, key, article.articleId);
        newItems += 1;
        this.metrics.articles.inc({ stage: 'feed-ingestion', outcome: 'ingested' });
      } catch {
        failedItems += 1;
        this.metrics.articles.inc({ stage: 'feed-ingestion', outcome: 'item-failed' });
      }
    }
    await this.feeds.recordPoll(feed.url, new Date(), {
      ok: true,
      status: document.status,
      etag: document.etag,
      lastModified: document.lastModified,
      newItems,
      next: nextPollAfterSuccess(new Date(), this.bounds(), parsed.feed.ttlMinutes),
    });
    return { newItems, failedItems };
  }

  private bounds() {
    return {
      baseIntervalSeconds: this.config.feeds.pollIntervalSeconds,
      maxIntervalSeconds: this.config.feeds.maxPollIntervalSeconds,
    };
  }

  private async recordFailure(
    feed: FeedState,
    kind: string,
    message: string,
    retryAfter: number | null,
  ): Promise<PollOutcome> {
    const failures = feed.consecutiveFailures + 1;
    await this.feeds.recordPoll(feed.url, new Date(), {
      ok: false,
      errorKind: kind,
      message,
      health: healthAfter(failures),
      next: nextPollAfterFailure(new Date(), this.bounds(), failures, retryAfter),
    });
    this.metrics.articles.inc({ stage: 'feed-ingestion', outcome: `feed-failed:${kind}` });
    return { newItems: 0, failedItems: 0 };
  }

  private async articleFor(item: FeedItem, feedUrl: string): Promise<ExtractedArticle> {
    const origin = {
      url: item.url,
      source: null,
      feedUrl,
      title: item.title,
      publishedAt: item.publishedAt,
    };
    const fullText = item.contentHtml ?? item.contentText;
    if (fullText && wordCount(fullText) >= FULL_TEXT_MIN_WORDS) {
      const format = item.contentHtml ? 'html' : 'text';
      return assembleArticle(
        extractDocument(fullText, format, item.url, item.title),
        { ...origin, kind: 'feed-item' },
        new Date(),
      );
    }
    if (!item.url) throw new Error('item has neither full text nor a link');
    const page = await this.fetcher.fetch(item.url, { kind: 'page' });
    const fields = extractDocument(
      page.text,
      documentFormat(page.contentType, page.text),
      page.finalUrl,
      item.title,
    );
    return assembleArticle(fields, { ...origin, url: page.finalUrl, kind: 'page' }, new Date());
  }
}

function wordCount(text: string): number {
  return text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}
