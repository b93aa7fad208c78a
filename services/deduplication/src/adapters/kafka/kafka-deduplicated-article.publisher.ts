import { Injectable } from '@nestjs/common';
import { CHANNELS, type ArticleDeduplicatedV1Payload } from '@newsflow/contracts';
import { EventProducer } from '@newsflow/platform-kafka';
import type { DeduplicatedArticlePublisher } from '../../ports/deduplicated-article.publisher';

@Injectable()
export class KafkaDeduplicatedArticlePublisher implements DeduplicatedArticlePublisher {
  constructor(private readonly producer: EventProducer) {}

  async publish(
    payload: ArticleDeduplicatedV1Payload,
    trace: { correlationId: string; causationId: string },
  ): Promise<void> {
    await this.producer.publish(CHANNELS.articleDeduplicatedV1, {
      // Deterministic: a re-emitted verdict is the same event, recognisable downstream.
      id: `${payload.article.articleId}@v${payload.dedup.version}/deduplicated`,
      key: payload.article.articleId,
      payload,
      ...trace,
    });
  }
}
