import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CHANNELS } from '@newsflow/contracts';
import { KafkaConsumers } from '@newsflow/platform-kafka';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../../config/publishing.config';
import { DeliverWebhooksUseCase } from '../../use-cases/deliver-webhooks.use-case';

/** news.article.published.v1 (our own output, own consumer group) → DeliverWebhooksUseCase. */
@Injectable()
export class ArticlePublishedWebhookHandler implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: KafkaConsumers,
    private readonly deliver: DeliverWebhooksUseCase,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.consume(
      CHANNELS.articlePublishedV1,
      this.config.webhooks.consumerGroup,
      async (event) => {
        await this.deliver.execute(event);
      },
    );
  }
}
