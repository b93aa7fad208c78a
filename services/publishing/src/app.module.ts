import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { HttpWebhookSender } from './adapters/http/http-webhook.sender';
import { ArticlePublishedWebhookHandler } from './adapters/kafka/article-published.webhook.handler';
import { ArticleTaggedHandler } from './adapters/kafka/article-tagged.handler';
import { KafkaPublishedArticlePublisher } from './adapters/kafka/kafka-published-article.publisher';
import { StoryUpdatedHandler } from './adapters/kafka/story-updated.handler';
import { MongoArticleStore } from './adapters/mongo/mongo-article.store';
import { MongoDeliveryLog } from './adapters/mongo/mongo-delivery.log';
import { MongoSubscriptionSource } from './adapters/mongo/mongo-subscription.source';
import { MongoStoryStore } from './adapters/mongo/mongo-story.store';
import { PUBLISHING_CONFIG, type PublishingConfig } from './config/publishing.config';
import { ARTICLE_STORE } from './ports/article.store';
import { PUBLISHED_ARTICLE_PUBLISHER } from './ports/published-article.publisher';
import { SUBSCRIPTION_SOURCE } from './ports/subscription.source';
import { STORY_STORE } from './ports/story.store';
import { DELIVERY_LOG, WEBHOOK_SENDER } from './ports/webhook.sender';
import { DeliverWebhooksUseCase } from './use-cases/deliver-webhooks.use-case';
import { PublishArticleUseCase } from './use-cases/publish-article.use-case';
import { StoreStoryUpdateUseCase } from './use-cases/store-story-update.use-case';

@Module({})
export class AppModule {
  static forRoot(config: PublishingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      providers: [
        { provide: PUBLISHING_CONFIG, useValue: config },
        { provide: ARTICLE_STORE, useClass: MongoArticleStore },
        { provide: PUBLISHED_ARTICLE_PUBLISHER, useClass: KafkaPublishedArticlePublisher },
        { provide: SUBSCRIPTION_SOURCE, useClass: MongoSubscriptionSource },
        { provide: WEBHOOK_SENDER, useClass: HttpWebhookSender },
        { provide: DELIVERY_LOG, useClass: MongoDeliveryLog },
        DeliverWebhooksUseCase,
        ArticlePublishedWebhookHandler,
        PublishArticleUseCase,
        ArticleTaggedHandler,
        { provide: STORY_STORE, useClass: MongoStoryStore },
        StoreStoryUpdateUseCase,
        StoryUpdatedHandler,
      ],
    };
  }
}
