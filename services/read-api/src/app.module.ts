import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PlatformModule } from '@newsflow/platform-service';
import { ApiKeyGuard } from './adapters/http/api-key.guard';
import { ApiKeysController } from './adapters/http/api-keys.controller';
import { ArticlesController } from './adapters/http/articles.controller';
import { BootstrapApiKey } from './adapters/http/bootstrap-api-key';
import { SubscriptionsController } from './adapters/http/subscriptions.controller';
import { TrendsController } from './adapters/http/trends.controller';
import { KafkaTopicCreator } from './adapters/kafka/kafka-topic.creator';
import { MongoApiKeyStore } from './adapters/mongo/mongo-api-key.store';
import { MongoArticleReadStore } from './adapters/mongo/mongo-article-read.store';
import { MongoSubscriptionStore } from './adapters/mongo/mongo-subscription.store';
import { READ_API_CONFIG, type ReadApiConfig } from './config/read-api.config';
import { API_KEY_STORE } from './ports/api-key.store';
import { ARTICLE_READ_STORE } from './ports/article-read.store';
import { SUBSCRIPTION_STORE, TOPIC_CREATOR } from './ports/subscription.store';
import { GetArticleUseCase } from './use-cases/get-article.use-case';
import { ManageApiKeysUseCase } from './use-cases/manage-api-keys.use-case';
import { ManageSubscriptionsUseCase } from './use-cases/manage-subscriptions.use-case';
import { EntityTrendsUseCase } from './use-cases/entity-trends.use-case';
import { SearchArticlesUseCase } from './use-cases/search-articles.use-case';

@Module({})
export class AppModule {
  static forRoot(config: ReadApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      controllers: [
        ArticlesController,
        ApiKeysController,
        SubscriptionsController,
        TrendsController,
      ],
      providers: [
        { provide: READ_API_CONFIG, useValue: config },
        { provide: ARTICLE_READ_STORE, useClass: MongoArticleReadStore },
        { provide: API_KEY_STORE, useClass: MongoApiKeyStore },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: SUBSCRIPTION_STORE, useClass: MongoSubscriptionStore },
        { provide: TOPIC_CREATOR, useClass: KafkaTopicCreator },
        ManageSubscriptionsUseCase,
        EntityTrendsUseCase,
        SearchArticlesUseCase,
        GetArticleUseCase,
        ManageApiKeysUseCase,
        BootstrapApiKey,
      ],
    };
  }
}
