import { Inject, Injectable } from '@nestjs/common';
import type { TaggedEntity } from '@newsflow/contracts';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { selectCandidates } from '../domain/vocabulary-screen.util';
import type { VocabularySnapshot } from '../domain/vocabulary-snapshot';
import {
  CANDIDATE_SIGHTING_STORE,
  type CandidateSightingStore,
} from '../ports/candidate-sighting.store';

/**
 * Records the entities of a tagged article that the vocabulary does not know, for operators
 * to review. Best effort on purpose: the article is already published, and a store hiccup
 * must not send it round again or to the dead-letter topic for a review list's sake.
 */
@Injectable()
export class RecordCandidatesUseCase {
  constructor(
    @Inject(CANDIDATE_SIGHTING_STORE) private readonly store: CandidateSightingStore,
    private readonly metrics: PipelineMetrics,
    @InjectPinoLogger(RecordCandidatesUseCase.name) private readonly log: PinoLogger,
  ) {}

  async execute(
    articleId: string,
    entities: readonly TaggedEntity[],
    snapshot: VocabularySnapshot,
  ): Promise<void> {
    const sightings = selectCandidates(entities, snapshot);
    if (sightings.length === 0) return;
    try {
      await this.store.record(articleId, sightings, new Date());
    } catch (error) {
      this.metrics.articles.inc({ stage: 'entity-candidates', outcome: 'failed' });
      this.log.warn({ err: error, articleId }, 'candidate sightings not recorded');
    }
  }
}
