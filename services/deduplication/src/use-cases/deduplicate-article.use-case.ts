import { Inject, Injectable } from '@nestjs/common';
import type { ArticleIngestedV1, DedupVerdict } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { decideExactDuplicate, type DedupDecision } from '../domain/exact-duplicate';
import { storyUpdatedPayload } from '../domain/story-change';
import { DEDUP_STATE_STORE, type DedupStateStore } from '../ports/dedup-state.store';
import {
  DEDUPLICATED_ARTICLE_PUBLISHER,
  type DeduplicatedArticlePublisher,
} from '../ports/deduplicated-article.publisher';
import {
  FINGERPRINT_INDEX,
  type FingerprintIndex,
  type StoredDecision,
} from '../ports/fingerprint.index';
import { STORY_EVENT_PUBLISHER, type StoryEventPublisher } from '../ports/story-event.publisher';
import { STORY_STORE, type StoryStore } from '../ports/story.store';
import { AssignArticleStoryUseCase } from './assign-article-story.use-case';
import { DetectNearDuplicateUseCase } from './detect-near-duplicate.use-case';
import { PlaceInStoryUseCase } from './place-in-story.use-case';

type Trace = { correlationId: string; causationId: string };

/** The verdict fields deduplication adds beyond the exact-repeat rules. */
type NearVerdict = Pick<DedupVerdict, 'verdict' | 'storyId'> &
  Pick<StoredDecision, 'duplicateOf' | 'similarity' | 'containment' | 'wire'>;

const NO_MATCH = { duplicateOf: null, similarity: null, containment: null } as const;

/**
 * Drops exact repeats; passes everything else on with a verdict, near-duplicates included, each
 * grouped into a story. Safe to run twice on one event: one article id is always on one
 * partition, so its events are handled in order by one instance; the near-duplicate decision is
 * stored before anything is emitted and a redelivery re-emits it instead of deciding again (the
 * buckets may hold later copies by then); the emitted flag is only set once the event is out.
 */
@Injectable()
export class DeduplicateArticleUseCase {
  constructor(
    @Inject(DEDUP_STATE_STORE) private readonly store: DedupStateStore,
    @Inject(FINGERPRINT_INDEX) private readonly index: FingerprintIndex,
    @Inject(STORY_STORE) private readonly stories: StoryStore,
    @Inject(DEDUPLICATED_ARTICLE_PUBLISHER)
    private readonly publisher: DeduplicatedArticlePublisher,
    @Inject(STORY_EVENT_PUBLISHER) private readonly storyEvents: StoryEventPublisher,
    private readonly detect: DetectNearDuplicateUseCase,
    private readonly assign: AssignArticleStoryUseCase,
    private readonly place: PlaceInStoryUseCase,
    private readonly metrics: PipelineMetrics,
  ) {}

  async execute(event: ArticleIngestedV1): Promise<DedupDecision> {
    const article = event.payload;
    const trace = { correlationId: event.correlationId, causationId: event.id };
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
    const near =
      decision.verdict === 'revision'
        ? await this.revisionStory(article.articleId)
        : await this.nearDuplicate(event, decision.version, trace);
    await this.publisher.publish(
      {
        article,
        dedup: {
          verdict: near.verdict,
          version: decision.version,
          canonicalUrl: article.canonicalUrl,
          contentHash: article.contentHash,
          storyId: near.storyId,
          decidedAt: new Date().toISOString(),
          duplicateOf: near.duplicateOf,
          similarity: near.similarity,
          containment: near.containment,
          wire: near.wire,
        },
      },
      trace,
    );
    await this.store.markEmitted(article.articleId, decision.version);
    this.metrics.articles.inc({ stage: 'deduplication', outcome: near.verdict });
    return decision;
  }

  /** Decides once per article version; a redelivery re-emits the stored decision and story. */
  private async nearDuplicate(
    event: ArticleIngestedV1,
    version: number,
    trace: Trace,
  ): Promise<NearVerdict> {
    const articleId = event.payload.articleId;
    const stored = await this.index.findDecision(articleId);
    if (stored?.version === version) {
      await this.emitStoryState(stored.storyId, articleId, trace);
      return stored;
    }
    const finding = await this.detect.execute(event.payload, new Date());
    const placement = await this.place.execute(finding, await this.assign.execute(finding));
    const { decision } = finding;
    const found = decision.duplicateOf !== null || decision.similarity > 0;
    const result: StoredDecision = {
      version,
      verdict: decision.verdict,
      duplicateOf: decision.duplicateOf,
      similarity: found ? decision.similarity : null,
      containment: found ? decision.containment : null,
      storyId: placement.storyId,
      wire: placement.wire,
    };
    await this.index.saveDecision(articleId, result);
    await this.storyEvents.publish(placement.event, trace);
    return result;
  }

  /** A revision keeps its article's story; its changed words are not matched again. */
  private async revisionStory(articleId: string): Promise<NearVerdict> {
    const previous = await this.index.findDecision(articleId);
    const live = previous ? await this.stories.resolve([previous.storyId]) : undefined;
    const storyId = previous ? (live?.get(previous.storyId)?.storyId ?? previous.storyId) : null;
    return { verdict: 'revision', ...NO_MATCH, storyId, wire: null };
  }

  private async emitStoryState(storyId: string, articleId: string, trace: Trace): Promise<void> {
    const story = (await this.stories.resolve([storyId])).get(storyId);
    if (story === undefined) return;
    await this.storyEvents.publish(storyUpdatedPayload(story, 'grown', articleId, []), trace);
  }
}
