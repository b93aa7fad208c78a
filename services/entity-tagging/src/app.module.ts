import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { NerModelFileLoader } from './adapters/file/ner-model-file.loader';
import { ArticleDeduplicatedHandler } from './adapters/kafka/article-deduplicated.handler';
import { KafkaTaggedArticlePublisher } from './adapters/kafka/kafka-tagged-article.publisher';
import { ENTITY_TAGGING_CONFIG, type EntityTaggingConfig } from './config/entity-tagging.config';
import { StaticVocabulary } from './domain';
import { ENTITY_RECOGNISER, VOCABULARY } from './ports/tagging-models';
import { TAGGED_ARTICLE_PUBLISHER } from './ports/tagged-article.publisher';
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
        { provide: VOCABULARY, useFactory: () => StaticVocabulary.bundled() },
        TagArticleUseCase,
        ArticleDeduplicatedHandler,
      ],
    };
  }
}
