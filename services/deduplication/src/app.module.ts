import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { ArticleIngestedHandler } from './adapters/kafka/article-ingested.handler';
import { KafkaDeduplicatedArticlePublisher } from './adapters/kafka/kafka-deduplicated-article.publisher';
import { MongoDedupStateStore } from './adapters/mongo/mongo-dedup-state.store';
import { DEDUPLICATION_CONFIG, type DeduplicationConfig } from './config/deduplication.config';
import { DEDUP_STATE_STORE } from './ports/dedup-state.store';
import { DEDUPLICATED_ARTICLE_PUBLISHER } from './ports/deduplicated-article.publisher';
import { DeduplicateArticleUseCase } from './use-cases/deduplicate-article.use-case';

@Module({})
export class AppModule {
  static forRoot(config: DeduplicationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      providers: [
        { provide: DEDUPLICATION_CONFIG, useValue: config },
        { provide: DEDUP_STATE_STORE, useClass: MongoDedupStateStore },
        { provide: DEDUPLICATED_ARTICLE_PUBLISHER, useClass: KafkaDeduplicatedArticlePublisher },
        DeduplicateArticleUseCase,
        ArticleIngestedHandler,
      ],
    };
  }
}
