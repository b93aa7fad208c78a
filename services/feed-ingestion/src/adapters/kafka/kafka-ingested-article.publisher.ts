import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CHANNELS, type ExtractedArticle } from '@newsflow/contracts';
import { EventProducer } from '@newsflow/platform-kafka';
import type { IngestedArticlePublisher } from '../../ports/ingested-article.publisher';

@Injectable()
export class KafkaIngestedArticlePublisher implements IngestedArticlePublisher {
  constructor(private readonly producer: EventProducer) {}

  publish(article: ExtractedArticle): Promise<string> {
    // Each ingest starts a new causal chain; its id follows the article through every stage.
    const correlationId = randomUUID();
    return this.producer.publish(CHANNELS.articleIngestedV1, {
      key: article.articleId,
      payload: article,
      correlationId,
      causationId: null,
    });
  }
}
