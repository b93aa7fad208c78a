import { Inject, Injectable } from '@nestjs/common';
import type { ArticleTaggedV1 } from '@newsflow/contracts';
import { articleToNinjs, validateNinjs } from '@newsflow/ninjs';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { matchesSubscription } from '@newsflow/subscriptions';
import {
  buildArticleDocument,
  buildVersionDocument,
  decidePublish,
  type PublishDecision,
} from '../domain/article-document.builder';
import { InvalidNinjsError } from '../domain/invalid-ninjs.error';
import { ARTICLE_STORE, type ArticleStore } from '../ports/article.store';
import { SUBSCRIPTION_SOURCE, type SubscriptionSource } from '../ports/subscription.source';
import {
  PUBLISHED_ARTICLE_PUBLISHER,
  type PublishedArticlePublisher,
} from '../ports/published-article.publisher';

/**
 * Stores the final article and announces it. Store first, then the event, then the mark: a
 * crash anywhere leaves a state that the redelivered message completes without a second event
 * (see decidePublish). What goes out is checked against the ninjs 3.1 schema first: a mapping
 * bug must stop here, not reach subscribers.
 */
@Injectable()
export class PublishArticleUseCase {
  constructor(
    @Inject(ARTICLE_STORE) private readonly store: ArticleStore,
    @Inject(PUBLISHED_ARTICLE_PUBLISHER) private readonly publisher: PublishedArticlePublisher,
    @Inject(SUBSCRIPTION_SOURCE) private readonly subscriptions: SubscriptionSource,
    private readonly metrics: PipelineMetrics,
  ) {}

  async execute(event: ArticleTaggedV1): Promise<PublishDecision> {
    const { article, dedup } = event.payload;
    const now = new Date();
    if (dedup.version === 1) {
      // A first version is usually a new article: stored by one insert, nothing read first.
      const ninjs = this.ninjsOf(event, now, now);
      await this.store.recordVersion(buildVersionDocument(event.payload, now));
      if (await this.store.insertFirst(buildArticleDocument(event.payload, { ...ninjs }, now))) {
        await this.announce(event, ninjs, now);
        return 'store-and-publish';
      }
    }
    const stored = await this.store.findVersion(article.articleId);
    const decision = decidePublish(stored, dedup.version);
    if (decision === 'skip-stale' || decision === 'skip-already-published') {
      this.metrics.articles.inc({ stage: 'publishing', outcome: decision });
      return decision;
    }
    const ninjs = this.ninjsOf(event, now, stored?.firstStoredAt ?? now);
    if (decision === 'store-and-publish') {
      await this.store.recordVersion(buildVersionDocument(event.payload, now));
      await this.store.upsert(buildArticleDocument(event.payload, { ...ninjs }, now));
    }
    await this.announce(event, ninjs, now);
    return decision;
  }

  private ninjsOf(event: ArticleTaggedV1, now: Date, firstStoredAt: Date) {
    const { article, dedup, tags } = event.payload;
    const ninjs = articleToNinjs({
      article,
      dedup,
      tags,
      versionCreated: now.toISOString(),
      firstCreated: firstStoredAt.toISOString(),
    });
    const validation = validateNinjs(ninjs);
    if (!validation.valid) throw new InvalidNinjsError(article.articleId, validation.errors);
    return ninjs;
  }

  /** The published event, then every matching subscription, then the mark. */
  private async announce(
    event: ArticleTaggedV1,
    ninjs: ReturnType<typeof articleToNinjs>,
    now: Date,
  ): Promise<void> {
    const { article, dedup, tags } = event.payload;
    const published = {
      articleId: article.articleId,
      version: dedup.version,
      article,
      dedup,
      tags,
      publishedAt: now.toISOString(),
      ninjs: { ...ninjs },
    };
    const trace = { correlationId: event.correlationId, causationId: event.id };
    await this.publisher.publish(published, trace);
    // Fan-out happens before the mark, so a crash here re-sends to subscribers (same event id) rather than skipping them.
    for (const subscription of await this.subscriptions.active()) {
      if (matchesSubscription(subscription.filter, published)) {
        await this.publisher.publishToSubscription(subscription, published, trace);
        this.metrics.articles.inc({ stage: 'publishing', outcome: 'fanned-out' });
      }
    }
    await this.store.markPublished(article.articleId, dedup.version);
    this.metrics.articles.inc({
      stage: 'publishing',
      outcome: dedup.version === 1 ? 'published' : 'revised',
    });
  }
}
