import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PlatformModule } from '@newsflow/platform-service';
import { ApiKeyGuard } from './adapters/http/api-key.guard';
import { ApiKeysController } from './adapters/http/api-keys.controller';
import { ArticlesController } from './adapters/http/articles.controller';
import { BootstrapApiKey } from './adapters/http/bootstrap-api-key';
import { MongoApiKeyStore } from './adapters/mongo/mongo-api-key.store';
import { MongoArticleReadStore } from './adapters/mongo/mongo-article-read.store';
import { READ_API_CONFIG, type ReadApiConfig } from './config/read-api.config';
import { API_KEY_STORE } from './ports/api-key.store';
import { ARTICLE_READ_STORE } from './ports/article-read.store';
import { GetArticleUseCase } from './use-cases/get-article.use-case';
import { ManageApiKeysUseCase } from './use-cases/manage-api-keys.use-case';
import { SearchArticlesUseCase } from './use-cases/search-articles.use-case';

@Module({})
export class AppModule {
  static forRoot(config: ReadApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config.platform)],
      controllers: [ArticlesController, ApiKeysController],
      providers: [
        { provide: READ_API_CONFIG, useValue: config },
        { provide: ARTICLE_READ_STORE, useClass: MongoArticleReadStore },
        { provide: API_KEY_STORE, useClass: MongoApiKeyStore },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        SearchArticlesUseCase,
        GetArticleUseCase,
        ManageApiKeysUseCase,
        BootstrapApiKey,
      ],
    };
  }
}
