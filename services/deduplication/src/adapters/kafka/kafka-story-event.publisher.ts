import { Injectable } from '@nestjs/common';
import { CHANNELS, type StoryUpdatedV1Payload } from '@newsflow/contracts';
import { EventProducer } from '@newsflow/platform-kafka';
import type { StoryEventPublisher } from '../../ports/story-event.publisher';

@Injectable()
export class KafkaStoryEventPublisher implements StoryEventPublisher {
  constructor(private readonly producer: EventProducer) {}

  async publish(
    payload: StoryUpdatedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void> {
    await this.producer.publish(CHANNELS.storyUpdatedV1, {
      // Deterministic per causing article and state size: a redelivery repeats the same event.
      id: `${payload.storyId}@${payload.articleId}/${payload.memberArticleIds.length}`,
      key: payload.storyId,
      payload,
      ...trace,
    });
  }
}
