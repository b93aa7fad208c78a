import { Inject, Injectable } from '@nestjs/common';
import type { ArticleDeduplicatedV1 } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import {
  tagArticle,
  TAGGER_NAME,
  TAGGER_VERSION,
  type EntityRecogniser,
  type Vocabulary,
} from '../domain';
import { ENTITY_RECOGNISER, VOCABULARY } from '../ports/tagging-models';
import {
  TAGGED_ARTICLE_PUBLISHER,
  type TaggedArticlePublisher,
} from '../ports/tagged-article.publisher';

/**
 * Finds the article's people, organisations and places and passes it on. Tagging is a pure
 * function of the article, so a redelivery produces the same event with the same id.
 */
@Injectable()
export class TagArticleUseCase {
  constructor(
    @Inject(ENTITY_RECOGNISER) private readonly recogniser: EntityRecogniser,
    @Inject(VOCABULARY) private readonly vocabulary: Vocabulary,
    @Inject(TAGGED_ARTICLE_PUBLISHER) private readonly publisher: TaggedArticlePublisher,
    private readonly metrics: PipelineMetrics,
  ) {}

  async execute(event: ArticleDeduplicatedV1): Promise<void> {
    const { article, dedup } = event.payload;
    const found = tagArticle(
      { title: article.title, text: article.text },
      this.recogniser,
      this.vocabulary,
    );
    await this.publisher.publish(
      {
        article,
        dedup,
        tags: {
          language: found.language ?? article.language,
          entities: found.entities,
          tagger: { name: TAGGER_NAME, version: TAGGER_VERSION },
          taggedAt: new Date().toISOString(),
        },
      },
      { correlationId: event.correlationId, causationId: event.id },
    );
    this.metrics.articles.inc({ stage: 'entity-tagging', outcome: 'tagged' });
  }
}
