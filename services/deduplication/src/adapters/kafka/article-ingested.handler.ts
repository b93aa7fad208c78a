import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CHANNELS } from '@newsflow/contracts';
import { KafkaConsumers } from '@newsflow/platform-kafka';
import { DEDUPLICATION_CONFIG, type DeduplicationConfig } from '../../config/deduplication.config';
import { DeduplicateArticleUseCase } from '../../use-cases/deduplicate-article.use-case';

/** news.article.ingested.v1 → DeduplicateArticleUseCase. Validation and dead-lettering happen in the consumer. */
@Injectable()
export class ArticleIngestedHandler implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: KafkaConsumers,
    private readonly deduplicate: DeduplicateArticleUseCase,
    @Inject(DEDUPLICATION_CONFIG) private readonly config: DeduplicationConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.consume(
      CHANNELS.articleIngestedV1,
      this.config.consumerGroup,
      async (event) => {
        await this.deduplicate.execute(event);
      },
    );
  }
}
