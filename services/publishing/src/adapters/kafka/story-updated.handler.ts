import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CHANNELS } from '@newsflow/contracts';
import { KafkaConsumers } from '@newsflow/platform-kafka';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../../config/publishing.config';
import { StoreStoryUpdateUseCase } from '../../use-cases/store-story-update.use-case';

/**
 * news.story.updated.v1 → StoreStoryUpdateUseCase. Invalid messages go to the dead-letter topic
 * in the consumer (contract check); store failures are retried, then dead-lettered.
 */
@Injectable()
export class StoryUpdatedHandler implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: KafkaConsumers,
    private readonly storeStory: StoreStoryUpdateUseCase,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.consume(
      CHANNELS.storyUpdatedV1,
      this.config.storyConsumerGroup,
      async (event) => {
        await this.storeStory.execute(event);
      },
    );
  }
}
