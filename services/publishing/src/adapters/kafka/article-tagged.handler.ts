import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CHANNELS } from '@newsflow/contracts';
import { KafkaConsumers, PermanentHandlerError } from '@newsflow/platform-kafka';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../../config/publishing.config';
import { InvalidNinjsError } from '../../domain/invalid-ninjs.error';
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
        try {
          await this.publishArticle.execute(event);
        } catch (error) {
          // Retrying cannot fix a schema violation: dead-letter it at once.
          if (error instanceof InvalidNinjsError)
            throw new PermanentHandlerError(error.message, { cause: error });
          throw error;
        }
      },
    );
  }
}
