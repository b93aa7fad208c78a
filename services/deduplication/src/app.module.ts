import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { ArticleIngestedHandler } from './adapters/kafka/article-ingested.handler';
import { KafkaDeduplicatedArticlePublisher } from './adapters/kafka/kafka-deduplicated-article.publisher';
import { KafkaStoryEventPublisher } from './adapters/kafka/kafka-story-event.publisher';
import { MongoDedupStateStore } from './adapters/mongo/mongo-dedup-state.store';
import { MongoFingerprintRetentionStore } from './adapters/mongo/mongo-fingerprint-retention.store';
import { MongoFingerprintIndex } from './adapters/mongo/mongo-fingerprint.index';
import { MongoStoryStore } from './adapters/mongo/mongo-story.store';
import { FingerprintSweepScheduler } from './adapters/schedule/fingerprint-sweep.scheduler';
import { DEDUPLICATION_CONFIG, type DeduplicationConfig } from './config/deduplication.config';
import { RollingDocumentFrequencies } from './domain/rolling-document-frequencies';
import { DEDUP_STATE_STORE } from './ports/dedup-state.store';
import { DEDUPLICATED_ARTICLE_PUBLISHER } from './ports/deduplicated-article.publisher';
import { FINGERPRINT_RETENTION_STORE } from './ports/fingerprint-retention.store';
import { FINGERPRINT_INDEX } from './ports/fingerprint.index';
import { STORY_EVENT_PUBLISHER } from './ports/story-event.publisher';
import { STORY_STORE } from './ports/story.store';
import {
  AssignArticleStoryUseCase,
  DOCUMENT_FREQUENCIES,
} from './use-cases/assign-article-story.use-case';
import { DeduplicateArticleUseCase } from './use-cases/deduplicate-article.use-case';
import { DetectNearDuplicateUseCase } from './use-cases/detect-near-duplicate.use-case';
import { PlaceInStoryUseCase } from './use-cases/place-in-story.use-case';
import { ReviseArticleUseCase } from './use-cases/revise-article.use-case';
import { SweepFingerprintsUseCase } from './use-cases/sweep-fingerprints.use-case';

/** Rarity weights over the last this many articles seen by the instance. */
const DOCUMENT_FREQUENCY_WINDOW = 20_000;

@Module({})
export class AppModule {
  static forRoot(config: DeduplicationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      providers: [
        { provide: DEDUPLICATION_CONFIG, useValue: config },
        MongoDedupStateStore,
        { provide: DEDUP_STATE_STORE, useExisting: MongoDedupStateStore },
        MongoFingerprintIndex,
        { provide: FINGERPRINT_INDEX, useExisting: MongoFingerprintIndex },
        { provide: STORY_STORE, useClass: MongoStoryStore },
        { provide: FINGERPRINT_RETENTION_STORE, useClass: MongoFingerprintRetentionStore },
        {
          provide: DOCUMENT_FREQUENCIES,
          useValue: new RollingDocumentFrequencies(DOCUMENT_FREQUENCY_WINDOW),
        },
        { provide: DEDUPLICATED_ARTICLE_PUBLISHER, useClass: KafkaDeduplicatedArticlePublisher },
        { provide: STORY_EVENT_PUBLISHER, useClass: KafkaStoryEventPublisher },
        DetectNearDuplicateUseCase,
        AssignArticleStoryUseCase,
        PlaceInStoryUseCase,
        ReviseArticleUseCase,
        DeduplicateArticleUseCase,
        SweepFingerprintsUseCase,
        ArticleIngestedHandler,
        FingerprintSweepScheduler,
      ],
    };
  }
}
