import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { HardenedFeedParser } from './adapters/feeds/hardened-feed.parser';
import { ArticlesController } from './adapters/http/articles.controller';
import { HttpDocumentFetcher } from './adapters/http/http-document.fetcher';
import { KafkaIngestedArticlePublisher } from './adapters/kafka/kafka-ingested-article.publisher';
import { MongoFeedStore } from './adapters/mongo/mongo-feed.store';
import { HostPolitenessClient } from './adapters/politeness/host-politeness.client';
import { MongoSiteTemplateStore } from './adapters/mongo/mongo-site-template.store';
import { FeedPollScheduler } from './adapters/schedule/feed-poll.scheduler';
import { SiteTemplateFlushScheduler } from './adapters/schedule/site-template-flush.scheduler';
import { FEED_INGESTION_CONFIG, type FeedIngestionConfig } from './config/feed-ingestion.config';
import { DOCUMENT_FETCHER } from './ports/document.fetcher';
import { FEED_PARSER } from './ports/feed.parser';
import { FEED_STORE, SEEN_ITEM_STORE } from './ports/feed.store';
import { INGESTED_ARTICLE_PUBLISHER } from './ports/ingested-article.publisher';
import { SITE_TEMPLATE_STORE } from './ports/site-template.store';
import { IngestPushedArticleUseCase } from './use-cases/ingest-pushed-article.use-case';
import { PollFeedUseCase } from './use-cases/poll-feed.use-case';
import { ReadFeedUseCase } from './use-cases/read-feed.use-case';
import { SiteTemplateLearner } from './use-cases/site-template.learner';

@Module({})
export class AppModule {
  static forRoot(config: FeedIngestionConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      controllers: [ArticlesController],
      providers: [
        { provide: FEED_INGESTION_CONFIG, useValue: config },
        HostPolitenessClient,
        { provide: DOCUMENT_FETCHER, useClass: HttpDocumentFetcher },
        { provide: FEED_PARSER, useClass: HardenedFeedParser },
        MongoFeedStore,
        { provide: FEED_STORE, useExisting: MongoFeedStore },
        { provide: SEEN_ITEM_STORE, useExisting: MongoFeedStore },
        { provide: INGESTED_ARTICLE_PUBLISHER, useClass: KafkaIngestedArticlePublisher },
        IngestPushedArticleUseCase,
        ReadFeedUseCase,
        PollFeedUseCase,
        FeedPollScheduler,
        { provide: SITE_TEMPLATE_STORE, useClass: MongoSiteTemplateStore },
        SiteTemplateLearner,
        SiteTemplateFlushScheduler,
      ],
    };
  }
}
