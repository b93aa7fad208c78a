import { Injectable } from '@nestjs/common';
import { CHANNELS, type ArticleTaggedV1Payload } from '@newsflow/contracts';
import { EventProducer } from '@newsflow/platform-kafka';
import type { TaggedArticlePublisher } from '../../ports/tagged-article.publisher';

@Injectable()
export class KafkaTaggedArticlePublisher implements TaggedArticlePublisher {
  constructor(private readonly producer: EventProducer) {}

  async publish(
    payload: ArticleTaggedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void> {
    await this.producer.publish(CHANNELS.articleTaggedV1, {
      id: `${payload.article.articleId}@v${payload.dedup.version}/tagged`,
      key: payload.article.articleId,
      payload,
      ...trace,
    });
  }
}
