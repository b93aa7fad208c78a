import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { NerModelFileLoader } from './adapters/file/ner-model-file.loader';
import { ArticleDeduplicatedHandler } from './adapters/kafka/article-deduplicated.handler';
import { KafkaTaggedArticlePublisher } from './adapters/kafka/kafka-tagged-article.publisher';
import { MongoCandidateSightingStore } from './adapters/mongo/mongo-candidate-sighting.store';
import { MongoVocabularyStore } from './adapters/mongo/mongo-vocabulary.store';
import { VocabularyReloadScheduler } from './adapters/schedule/vocabulary-reload.scheduler';
import { VocabularyMetrics } from './adapters/schedule/vocabulary.metrics';
import { ENTITY_TAGGING_CONFIG, type EntityTaggingConfig } from './config/entity-tagging.config';
import { CANDIDATE_SIGHTING_STORE } from './ports/candidate-sighting.store';
import { ENTITY_RECOGNISER, VOCABULARY_SNAPSHOTS } from './ports/tagging-models';
import { TAGGED_ARTICLE_PUBLISHER } from './ports/tagged-article.publisher';
import { VOCABULARY_STORE } from './ports/vocabulary.store';
import { RecordCandidatesUseCase } from './use-cases/record-candidates.use-case';
import { ReloadVocabularyUseCase } from './use-cases/reload-vocabulary.use-case';
import { TagArticleUseCase } from './use-cases/tag-article.use-case';

@Module({})
export class AppModule {
  static forRoot(config: EntityTaggingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      providers: [
        { provide: ENTITY_TAGGING_CONFIG, useValue: config },
        { provide: TAGGED_ARTICLE_PUBLISHER, useClass: KafkaTaggedArticlePublisher },
        NerModelFileLoader,
        {
          provide: ENTITY_RECOGNISER,
          inject: [NerModelFileLoader],
          useFactory: (loader: NerModelFileLoader) => loader.loadRecogniser(),
        },
        { provide: VOCABULARY_STORE, useClass: MongoVocabularyStore },
        { provide: CANDIDATE_SIGHTING_STORE, useClass: MongoCandidateSightingStore },
        ReloadVocabularyUseCase,
        { provide: VOCABULARY_SNAPSHOTS, useExisting: ReloadVocabularyUseCase },
        VocabularyMetrics,
        VocabularyReloadScheduler,
        RecordCandidatesUseCase,
        TagArticleUseCase,
        ArticleDeduplicatedHandler,
      ],
    };
  }
}
