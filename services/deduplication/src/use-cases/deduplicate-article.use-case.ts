import { Inject, Injectable } from '@nestjs/common';
import type { ArticleIngestedV1, DedupVerdict, ExtractedArticle } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { dayWindow } from '@newsflow/similarity';
import { decideExactDuplicate, type DedupDecision } from '../domain/exact-duplicate';
import { storyUpdatedPayload } from '../domain/story-change';
import {
  DEDUP_STATE_STORE,
  type ContentClaim,
  type DedupStateStore,
} from '../ports/dedup-state.store';
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
import { ReviseArticleUseCase } from './revise-article.use-case';

type Trace = { correlationId: string; causationId: string };

/** The verdict fields deduplication adds beyond the exact-repeat rules. */
type NearVerdict = Pick<DedupVerdict, 'verdict' | 'storyId' | 'revision'> &
  Pick<StoredDecision, 'duplicateOf' | 'similarity' | 'containment' | 'wire'>;

const NO_MATCH = { duplicateOf: null, similarity: null, containment: null, wire: null } as const;

/** An exact-repeat decision, and whether its version was first recorded by this attempt. */
type Decided = { readonly decision: DedupDecision; readonly fresh: boolean };

/**
 * Drops exact repeats; passes everything else on with a verdict, near-duplicates included, each
 * grouped into a story. Safe to run twice on one event: one article id is always on one
 * partition, so its events are handled in order by one instance; the near-duplicate decision is
 * stored before anything is emitted and a redelivery re-emits it instead of deciding again (the
 * buckets may hold later copies by then); the emitted mark is only written once the event is out.
 * New words of a new article, the common case, are decided from inserts alone: nothing was
 * stored for a version this attempt just numbered, so nothing is read back.
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
    private readonly revise: ReviseArticleUseCase,
    private readonly metrics: PipelineMetrics,
  ) {}

  async execute(event: ArticleIngestedV1): Promise<DedupDecision> {
    const article = event.payload;
    const trace = { correlationId: event.correlationId, causationId: event.id };
    const { decision, fresh } = await this.decide(article);
    if (decision.action === 'drop') {
      this.metrics.articles.inc({ stage: 'deduplication', outcome: `dropped:${decision.reason}` });
      return decision;
    }
    const now = new Date();
    const near: NearVerdict =
      decision.verdict === 'revision'
        ? {
            verdict: 'revision',
            ...NO_MATCH,
            ...(await this.revise.execute(article, decision.version, now)),
          }
        : { ...(await this.nearDuplicate(event, decision.version, fresh, trace)), revision: null };
    await this.publisher.publish(
      {
        article,
        dedup: {
          verdict: near.verdict,
          version: decision.version,
          canonicalUrl: article.canonicalUrl,
          contentHash: article.contentHash,
          storyId: near.storyId,
          decidedAt: now.toISOString(),
          duplicateOf: near.duplicateOf,
          similarity: near.similarity,
          containment: near.containment,
          wire: near.wire,
          revision: near.revision,
        },
      },
      trace,
    );
    await this.store.markEmitted(article.articleId, decision.version);
    this.metrics.articles.inc({ stage: 'deduplication', outcome: near.verdict });
    return decision;
  }

  /** Words never seen before are the next version at once; anything else consults the state. */
  private async decide(article: ExtractedArticle): Promise<Decided> {
    const { articleId, contentHash } = article;
    const claim: ContentClaim = await this.store.claimContent(contentHash, articleId);
    if (claim.fresh) {
      const version = await this.store.appendVersion(articleId, contentHash);
      return {
        decision: { action: 'emit', verdict: version === 1 ? 'unique' : 'revision', version },
        fresh: true,
      };
    }
    const state = claim.owner === articleId ? await this.store.findArticle(articleId) : null;
    const decision = decideExactDuplicate({
      articleId,
      contentHash,
      contentOwner: claim.owner,
      state,
    });
    if (decision.action === 'emit' && decision.version !== state?.version) {
      // Known words, but not this article's latest (a crash after the claim, or an old text back).
      const version = await this.store.appendVersion(articleId, contentHash);
      return {
        decision: { ...decision, verdict: version === 1 ? 'unique' : 'revision', version },
        fresh: true,
      };
    }
    return { decision, fresh: false };
  }

  /** Decides once per article version; a redelivery re-emits the stored decision and story. */
  private async nearDuplicate(
    event: ArticleIngestedV1,
    version: number,
    fresh: boolean,
    trace: Trace,
  ): Promise<Omit<NearVerdict, 'revision'>> {
    const articleId = event.payload.articleId;
    const stored = fresh ? null : await this.index.findDecision(articleId);
    if (stored?.version === version) {
      await this.emitStoryState(stored.storyId, articleId, trace);
      return stored;
    }
    const now = new Date();
    const finding = await this.detect.execute(event.payload, now);
    const placement = await this.place.execute(finding, await this.assign.execute(finding));
    const { decision } = finding;
    const found = decision.duplicateOf !== null || decision.similarity > 0;
    const result = await this.index.saveDecision(
      articleId,
      {
        version,
        verdict: decision.verdict,
        duplicateOf: decision.duplicateOf,
        similarity: found ? decision.similarity : null,
        containment: found ? decision.containment : null,
        storyId: placement.storyId,
        wire: placement.wire,
      },
      dayWindow(now),
    );
    await this.storyEvents.publish(placement.event, trace);
    return result;
  }

  private async emitStoryState(storyId: string, articleId: string, trace: Trace): Promise<void> {
    const story = (await this.stories.resolve([storyId])).get(storyId);
    if (story === undefined) return;
    await this.storyEvents.publish(storyUpdatedPayload(story, 'grown', articleId, []), trace);
  }
}
