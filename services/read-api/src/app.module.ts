import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@newsflow/platform-service';
import { ArticlesController } from './adapters/http/articles.controller';
import { MongoArticleReadStore } from './adapters/mongo/mongo-article-read.store';
import type { ReadApiConfig } from './config/read-api.config';
import { ARTICLE_READ_STORE } from './ports/article-read.store';
import { GetArticleUseCase } from './use-cases/get-article.use-case';
import { SearchArticlesUseCase } from './use-cases/search-articles.use-case';

@Module({})
export class AppModule {
  static forRoot(config: ReadApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      controllers: [ArticlesController],
      providers: [
        { provide: ARTICLE_READ_STORE, useClass: MongoArticleReadStore },
        SearchArticlesUseCase,
        GetArticleUseCase,
      ],
    };
  }
}
