import { Inject, Injectable } from '@nestjs/common';
import type { ArticleDeduplicatedV1 } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import {
  assignTopics,
  locatePlaces,
  tagArticle,
  TAGGER_NAME,
  TAGGER_VERSION,
  type EntityRecogniser,
} from '../domain';
import { applyVocabularyDecisions } from '../domain/vocabulary-screen.util';
import {
  ENTITY_RECOGNISER,
  VOCABULARY_SNAPSHOTS,
  type VocabularySnapshots,
} from '../ports/tagging-models';
import {
  TAGGED_ARTICLE_PUBLISHER,
  type TaggedArticlePublisher,
} from '../ports/tagged-article.publisher';
import { RecordCandidatesUseCase } from './record-candidates.use-case';

/**
 * Finds the article's people, organisations and places and passes it on. Tagging is a pure
 * function of the article and the vocabulary snapshot, so a redelivery produces the same event
 * with the same id (after an operator change, consumers keep the first copy by that id).
 */
@Injectable()
export class TagArticleUseCase {
  constructor(
    @Inject(ENTITY_RECOGNISER) private readonly recogniser: EntityRecogniser,
    @Inject(VOCABULARY_SNAPSHOTS) private readonly vocabularies: VocabularySnapshots,
    @Inject(TAGGED_ARTICLE_PUBLISHER) private readonly publisher: TaggedArticlePublisher,
    private readonly metrics: PipelineMetrics,
    private readonly candidates: RecordCandidatesUseCase,
  ) {}

  async execute(event: ArticleDeduplicatedV1): Promise<void> {
    const { article, dedup } = event.payload;
    const snapshot = this.vocabularies.current();
    const found = tagArticle(
      { title: article.title, text: article.text },
      this.recogniser,
      snapshot.vocabulary,
    );
    const decided = applyVocabularyDecisions(found.entities, snapshot);
    const entities = locatePlaces(decided, article.text, snapshot.vocabulary);
    const topics = assignTopics({ title: article.title, text: article.text }, entities);
    await this.publisher.publish(
      {
        article,
        dedup,
        tags: {
          language: found.language ?? article.language,
          entities,
          topics,
          tagger: { name: TAGGER_NAME, version: TAGGER_VERSION },
          taggedAt: new Date().toISOString(),
        },
      },
      { correlationId: event.correlationId, causationId: event.id },
    );
    this.metrics.articles.inc({ stage: 'entity-tagging', outcome: 'tagged' });
    await this.candidates.execute(article.articleId, entities, snapshot);
  }
}
