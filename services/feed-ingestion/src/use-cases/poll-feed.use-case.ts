import { Inject, Injectable } from '@nestjs/common';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { FEED_INGESTION_CONFIG, type FeedIngestionConfig } from '../config/feed-ingestion.config';
import { freshnessOf } from '../domain/cache-freshness';
import {
  healthAfter,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  resolveBounds,
  type ScheduleBounds,
} from '../domain/feed-schedule';
import { updateArrivalEstimate } from '../domain/publishing-rate';
import { DOCUMENT_FETCHER, FetchFailure, type DocumentFetcher } from '../ports/document.fetcher';
import type { FeedItem } from '../ports/feed.parser';
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
import { articleFromFeedItem } from './article-from-feed-item';
import { ReadFeedUseCase } from './read-feed.use-case';
import { SiteTemplateLearner } from './site-template.learner';

export interface PollOutcome {
  readonly newItems: number;
  readonly failedItems: number;
  /** Unseen items left for the next poll because this one reached FEED_MAX_ITEMS_PER_POLL. */
  readonly deferredItems: number;
  /** Failed items by reason (`robots-disallowed`, `timeout`…); they are tried again next poll. */
  readonly itemFailures?: Readonly<Record<string, number>>;
}

interface ItemsOutcome extends PollOutcome {
  /** Publication times of the items turned into articles, for the publishing-rate estimate. */
  readonly published: (string | null)[];
}

/**
 * One poll of one feed: read it (conditional GET, parse, sitemap children), turn each unseen
 * item into an article (at most FEED_MAX_ITEMS_PER_POLL), then record health, the publishing
 * rate and the next poll time in one update. An item that fails is retried on the next poll;
 * the feed as a whole fails only if it cannot be fetched or parsed.
 */
@Injectable()
export class PollFeedUseCase {
  constructor(
    private readonly readFeed: ReadFeedUseCase,
    @Inject(DOCUMENT_FETCHER) private readonly fetcher: DocumentFetcher,
    @Inject(FEED_STORE) private readonly feeds: FeedStore,
    @Inject(SEEN_ITEM_STORE) private readonly seen: SeenItemStore,
    @Inject(INGESTED_ARTICLE_PUBLISHER) private readonly publisher: IngestedArticlePublisher,
    @Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig,
    private readonly metrics: PipelineMetrics,
    private readonly templates: SiteTemplateLearner,
  ) {}

  /**
   * `shouldStop` is asked before each item: once it says yes (shutdown, or the poll has used
   * half its lease, e.g. on a site with a long Crawl-delay) the remaining items are deferred to
   * a poll soon after, and this one still records its outcome and releases the feed.
   */
  async execute(feed: FeedState, shouldStop: () => boolean = () => false): Promise<PollOutcome> {
    const bounds = this.bounds(feed);
    const read = await this.readFeed.execute(feed, new Date());
    if (read.kind === 'failed') {
      const failures = feed.consecutiveFailures + 1;
      await this.feeds.recordPoll(feed.url, new Date(), {
        ok: false,
        errorKind: read.errorKind,
        message: read.message,
        health: healthAfter(failures),
        next: nextPollAfterFailure(new Date(), bounds, failures, read.retryAfterSeconds),
      });
      this.metrics.articles.inc({
        stage: 'feed-ingestion',
        outcome: `feed-failed:${read.errorKind}`,
      });
      return { newItems: 0, failedItems: 0, deferredItems: 0 };
    }
    const outcome =
      read.kind === 'read'
        ? await this.ingestItems(feed.url, read.items, shouldStop)
        : { newItems: 0, failedItems: 0, deferredItems: 0, published: [] };
    const now = new Date();
    const arrival = updateArrivalEstimate(feed.arrival, outcome.published, now, feed.lastPolledAt);
    const ttlMinutes = read.kind === 'read' ? read.ttlMinutes : feed.ttlMinutes;
    const next = nextPollAfterSuccess(now, bounds, {
      ttlMinutes,
      freshness: freshnessOf(read.cache, now),
      arrival,
      backlog: outcome.deferredItems > 0,
    });
    await this.feeds.recordPoll(feed.url, now, {
      ok: true,
      status: read.kind === 'read' ? read.status : 304,
      etag: read.kind === 'read' ? read.etag : feed.etag,
      lastModified: read.kind === 'read' ? read.lastModified : feed.lastModified,
      newItems: outcome.newItems,
      next,
      ttlMinutes,
      arrival,
      format: read.kind === 'read' ? read.format : null,
      ...(read.kind === 'read' && { discoveredUrl: read.discoveredUrl ?? null }),
    });
    const { newItems, failedItems, deferredItems } = outcome;
    const itemFailures = 'itemFailures' in outcome ? outcome.itemFailures : undefined;
    return { newItems, failedItems, deferredItems, itemFailures };
  }

  private async ingestItems(
    feedUrl: string,
    items: readonly FeedItem[],
    shouldStop: () => boolean,
  ): Promise<ItemsOutcome> {
    const limit = this.config.feeds.maxItemsPerPoll;
    const published: (string | null)[] = [];
    let failedItems = 0;
    let deferredItems = 0;
    const itemFailures: Record<string, number> = {};
    for (const item of items) {
      const key = item.guid ?? item.url;
      if (!key || (await this.seen.isSeen(feedUrl, key))) continue;
      if (published.length + failedItems >= limit || shouldStop()) {
        deferredItems += 1;
        continue;
      }
      try {
        const article = await articleFromFeedItem(item, feedUrl, this.fetcher, this.templates);
        await this.publisher.publish(article);
        await this.seen.markSeen(feedUrl, key, article.articleId);
        published.push(item.publishedAt);
        this.metrics.articles.inc({ stage: 'feed-ingestion', outcome: 'ingested' });
      } catch (error) {
        failedItems += 1;
        const reason = error instanceof FetchFailure ? error.kind : 'extraction-failed';
        itemFailures[reason] = (itemFailures[reason] ?? 0) + 1;
        this.metrics.articles.inc({ stage: 'feed-ingestion', outcome: 'item-failed' });
      }
    }
    return { newItems: published.length, failedItems, deferredItems, published, itemFailures };
  }

  private bounds(feed: FeedState): ScheduleBounds {
    const { pollIntervalSeconds, minPollIntervalSeconds, maxPollIntervalSeconds } =
      this.config.feeds;
    return resolveBounds(
      {
        minIntervalSeconds: Math.min(minPollIntervalSeconds, pollIntervalSeconds),
        baseIntervalSeconds: pollIntervalSeconds,
        maxIntervalSeconds: maxPollIntervalSeconds,
        maxBackoffSeconds: maxPollIntervalSeconds,
      },
      feed,
    );
  }
}
