import { Injectable } from '@nestjs/common';
import { CHANNELS, type ArticlePublishedV1Payload } from '@newsflow/contracts';
import { EventProducer } from '@newsflow/platform-kafka';
import type { PublishedArticlePublisher } from '../../ports/published-article.publisher';

@Injectable()
export class KafkaPublishedArticlePublisher implements PublishedArticlePublisher {
  constructor(private readonly producer: EventProducer) {}

  async publish(
    payload: ArticlePublishedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void> {
    await this.producer.publish(CHANNELS.articlePublishedV1, {
      // Documented contract: subscribers drop a redelivered copy by this id.
      id: `${payload.articleId}@v${payload.version}`,
      key: payload.articleId,
      payload,
      ...trace,
    });
  }
}
