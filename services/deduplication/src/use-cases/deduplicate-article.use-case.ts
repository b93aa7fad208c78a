import { Inject, Injectable } from '@nestjs/common';
import type { ArticleIngestedV1 } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { decideExactDuplicate, type DedupDecision } from '../domain/exact-duplicate';
import { DEDUP_STATE_STORE, type DedupStateStore } from '../ports/dedup-state.store';
import {
  DEDUPLICATED_ARTICLE_PUBLISHER,
  type DeduplicatedArticlePublisher,
} from '../ports/deduplicated-article.publisher';

/**
 * Drops exact repeats and passes everything else on with a verdict. Safe to run twice on one
 * event: one article id is always on one partition, so its events are handled in order by one
 * instance, and the emitted flag is only set after the event is on the topic.
 */
@Injectable()
export class DeduplicateArticleUseCase {
  constructor(
    @Inject(DEDUP_STATE_STORE) private readonly store: DedupStateStore,
    @Inject(DEDUPLICATED_ARTICLE_PUBLISHER)
    private readonly publisher: DeduplicatedArticlePublisher,
    private readonly metrics: PipelineMetrics,
  ) {}

  async execute(event: ArticleIngestedV1): Promise<DedupDecision> {
    const article = event.payload;
    const contentOwner = await this.store.claimContent(article.contentHash, article.articleId);
    const state = await this.store.findArticle(article.articleId);
    const decision = decideExactDuplicate({
      articleId: article.articleId,
      contentHash: article.contentHash,
      contentOwner,
      state,
    });
    if (decision.action === 'drop') {
      this.metrics.articles.inc({ stage: 'deduplication', outcome: `dropped:${decision.reason}` });
      return decision;
    }
    await this.store.saveArticle({
      articleId: article.articleId,
      contentHash: article.contentHash,
      version: decision.version,
      emitted: false,
    });
    await this.publisher.publish(
      {
        article,
        dedup: {
          verdict: decision.verdict,
          version: decision.version,
          canonicalUrl: article.canonicalUrl,
          contentHash: article.contentHash,
          storyId: null,
          decidedAt: new Date().toISOString(),
        },
      },
      { correlationId: event.correlationId, causationId: event.id },
    );
    await this.store.markEmitted(article.articleId, decision.version);
    this.metrics.articles.inc({ stage: 'deduplication', outcome: decision.verdict });
    return decision;
  }
}
