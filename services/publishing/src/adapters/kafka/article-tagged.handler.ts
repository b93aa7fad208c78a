import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CHANNELS } from '@newsflow/contracts';
import { KafkaConsumers } from '@newsflow/platform-kafka';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../../config/publishing.config';
import { PublishArticleUseCase } from '../../use-cases/publish-article.use-case';

/** news.article.tagged.v1 → PublishArticleUseCase. */
@Injectable()
export class ArticleTaggedHandler implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: KafkaConsumers,
    private readonly publishArticle: PublishArticleUseCase,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.consume(
      CHANNELS.articleTaggedV1,
      this.config.consumerGroup,
      async (event) => {
        await this.publishArticle.execute(event);
      },
    );
  }
}
