import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PlatformModule } from '@newsflow/platform-service';
import { ApiKeyGuard } from './adapters/http/api-key.guard';
import { ApiKeysController } from './adapters/http/api-keys.controller';
import { ArticlesController } from './adapters/http/articles.controller';
import { BootstrapApiKey } from './adapters/http/bootstrap-api-key';
import { EntitiesController } from './adapters/http/entities.controller';
import { StoriesController } from './adapters/http/stories.controller';
import { FeedsOpmlController } from './adapters/http/feeds-opml.controller';
import { FeedsController } from './adapters/http/feeds.controller';
import { SubscriptionsController } from './adapters/http/subscriptions.controller';
import { TrendsController } from './adapters/http/trends.controller';
import { KafkaTopicCreator } from './adapters/kafka/kafka-topic.creator';
import { MongoApiKeyStore } from './adapters/mongo/mongo-api-key.store';
import { MongoArticleReadStore } from './adapters/mongo/mongo-article-read.store';
import { MongoEntityCandidateStore } from './adapters/mongo/mongo-entity-candidate.store';
import { MongoEntityStore } from './adapters/mongo/mongo-entity.store';
import { MongoStoryReadStore } from './adapters/mongo/mongo-story-read.store';
import { MongoFeedRegistryStore } from './adapters/mongo/mongo-feed-registry.store';
import { MongoSubscriptionStore } from './adapters/mongo/mongo-subscription.store';
import { READ_API_CONFIG, type ReadApiConfig } from './config/read-api.config';
import { API_KEY_STORE } from './ports/api-key.store';
import { ARTICLE_READ_STORE } from './ports/article-read.store';
import { ENTITY_CANDIDATE_STORE, ENTITY_STORE } from './ports/entity.store';
import { STORY_READ_STORE } from './ports/story-read.store';
import { FEED_REGISTRY_STORE } from './ports/feed-registry.store';
import { SUBSCRIPTION_STORE, TOPIC_CREATOR } from './ports/subscription.store';
import { EntityAdminUseCase } from './use-cases/entity-admin.use-case';
import { EntityCandidatesUseCase } from './use-cases/entity-candidates.use-case';
import { EntityLookupUseCase } from './use-cases/entity-lookup.use-case';
import { EntityMergeUseCase } from './use-cases/entity-merge.use-case';
import { GetArticleUseCase } from './use-cases/get-article.use-case';
import { GetStoryUseCase } from './use-cases/get-story.use-case';
import { SearchStoriesUseCase } from './use-cases/search-stories.use-case';
import { ImportFeedsUseCase } from './use-cases/import-feeds.use-case';
import { ManageFeedsUseCase } from './use-cases/manage-feeds.use-case';
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
        StoriesController,
        // Before FeedsController: `GET /v1/feeds/export` must not be taken for a feed id.
        FeedsOpmlController,
        FeedsController,
        EntitiesController,
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
        { provide: STORY_READ_STORE, useClass: MongoStoryReadStore },
        SearchStoriesUseCase,
        GetStoryUseCase,
        { provide: FEED_REGISTRY_STORE, useClass: MongoFeedRegistryStore },
        ManageFeedsUseCase,
        ImportFeedsUseCase,
        { provide: ENTITY_STORE, useClass: MongoEntityStore },
        { provide: ENTITY_CANDIDATE_STORE, useClass: MongoEntityCandidateStore },
        EntityLookupUseCase,
        EntityAdminUseCase,
        EntityMergeUseCase,
        EntityCandidatesUseCase,
      ],
    };
  }
}
