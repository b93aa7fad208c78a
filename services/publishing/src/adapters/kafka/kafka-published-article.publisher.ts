import { Injectable } from '@nestjs/common';
import { CHANNELS, type ArticlePublishedV1Payload } from '@newsflow/contracts';
import { EventProducer } from '@newsflow/platform-kafka';
import { subscriptionTopicDefinition } from '@newsflow/subscriptions';
import type {
  PublishedArticlePublisher,
  PublishTrace,
} from '../../ports/published-article.publisher';

@Injectable()
export class KafkaPublishedArticlePublisher implements PublishedArticlePublisher {
  constructor(private readonly producer: EventProducer) {}

  async publish(payload: ArticlePublishedV1Payload, trace: PublishTrace): Promise<void> {
    await this.producer.publish(CHANNELS.articlePublishedV1, {
      // Documented contract: subscribers drop a redelivered copy by this id.
      id: `${payload.articleId}@v${payload.version}`,
      key: payload.articleId,
      payload,
      ...trace,
    });
  }

  async publishToSubscription(
    subscription: { readonly id: string; readonly topic: string },
    payload: ArticlePublishedV1Payload,
    trace: PublishTrace,
  ): Promise<void> {
    // Same contract as news.article.published.v1, on the subscription's own topic.
    const channel = {
      ...CHANNELS.articlePublishedV1,
      topic: subscriptionTopicDefinition(subscription.id),
    };
    await this.producer.publish(channel, {
      id: `${payload.articleId}@v${payload.version}`,
      key: payload.articleId,
      payload,
      ...trace,
    });
  }
}
