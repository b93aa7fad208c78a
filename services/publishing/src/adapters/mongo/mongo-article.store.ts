import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { ArticleDocument, ArticleVersionDocument } from '@newsflow/contracts';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { StoredVersion } from '../../domain/article-document.builder';
import type { ArticleStore } from '../../ports/article.store';
import { articleSchema, articleVersionSchema } from './article.schema';

@Injectable()
export class MongoArticleStore implements ArticleStore, OnModuleInit {
  private readonly model: Model<ArticleDocument>;
  private readonly articles: Collection<ArticleDocument>;
  private readonly versionModel: Model<ArticleVersionDocument>;
  private readonly versions: Collection<ArticleVersionDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<ArticleDocument>('Article', articleSchema);
    this.articles = driverCollection(this.model);
    this.versionModel = connection.model<ArticleVersionDocument>(
      'ArticleVersion',
      articleVersionSchema,
    );
    this.versions = driverCollection(this.versionModel);
  }

  async recordVersion(version: ArticleVersionDocument): Promise<void> {
    const { _id, ...fields } = version;
    await this.versions.updateOne({ _id }, { $setOnInsert: fields }, { upsert: true });
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.model.init(), this.versionModel.init()]);
  }

  async findVersion(articleId: string): Promise<StoredVersion | null> {
    const doc = await this.articles.findOne(
      { _id: articleId },
      { projection: { version: 1, publishedVersion: 1, firstStoredAt: 1 } },
    );
    // Missing and null mean the same: FerretDB v1 drops null values written by $setOnInsert.
    return doc
      ? {
          version: doc.version,
          publishedVersion: doc.publishedVersion ?? null,
          firstStoredAt: doc.firstStoredAt,
        }
      : null;
  }

  async upsert(
    document: Omit<ArticleDocument, 'firstStoredAt' | 'publishedVersion'>,
  ): Promise<void> {
    const { _id, ...fields } = document;
    // The version guard makes a late, older redelivery unable to overwrite a newer revision.
    await this.articles
      .updateOne(
        { _id, $or: [{ version: { $lte: document.version } }, { version: { $exists: false } }] },
        {
          $set: fields,
          $setOnInsert: { firstStoredAt: document.updatedAt, publishedVersion: null },
        },
        { upsert: true },
      )
      .catch((error: unknown) => {
        // A duplicate-key error here means a newer version exists: the guard did its job.
        if ((error as { code?: number }).code !== 11000) throw error;
      });
  }

  async markPublished(articleId: string, version: number): Promise<void> {
    await this.articles.updateOne(
      { _id: articleId, version },
      { $set: { publishedVersion: version } },
    );
  }

  load(articleId: string): Promise<ArticleDocument | null> {
    return this.articles.findOne({ _id: articleId });
  }
}
