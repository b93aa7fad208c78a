import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CHANNELS } from '@newsflow/contracts';
import { KafkaConsumers } from '@newsflow/platform-kafka';
import {
  ENTITY_TAGGING_CONFIG,
  type EntityTaggingConfig,
} from '../../config/entity-tagging.config';
import { TagArticleUseCase } from '../../use-cases/tag-article.use-case';

/** news.article.deduplicated.v1 → TagArticleUseCase. */
@Injectable()
export class ArticleDeduplicatedHandler implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: KafkaConsumers,
    private readonly tagArticle: TagArticleUseCase,
    @Inject(ENTITY_TAGGING_CONFIG) private readonly config: EntityTaggingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.consume(
      CHANNELS.articleDeduplicatedV1,
      this.config.consumerGroup,
      async (event) => {
        await this.tagArticle.execute(event);
      },
    );
  }
}
