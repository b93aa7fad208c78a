import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { ArticleDocument, ArticleVersionDocument } from '@newsflow/contracts';
import {
  connectedDb,
  detectStoreKind,
  driverCollection,
  insertIfAbsent,
  insertNew,
  MONGO_CONNECTION,
} from '@newsflow/platform-mongo';
import type { Collection, Db } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { StoredVersion } from '../../domain/article-document.builder';
import type { ArticleStore } from '../../ports/article.store';
import { articlePublicationSchema, articleSchema, articleVersionSchema } from './article.schema';

interface PublicationDocument {
  _id: string;
  at: Date;
}

type NewDocument = Omit<ArticleDocument, 'firstStoredAt'>;

const publicationId = (articleId: string, version: number) => `${articleId}@v${version}`;

/**
 * `articles` (latest version per article), `article_versions` (history) and
 * `article_publications` (what is on the topic). A new article is one insert; only revisions
 * update `articles`.
 */
@Injectable()
export class MongoArticleStore implements ArticleStore, OnModuleInit {
  private readonly models: Model<never>[];
  private readonly articles: Collection<ArticleDocument>;
  private readonly versions: Collection<ArticleVersionDocument>;
  private readonly publications: Collection<PublicationDocument>;
  private readonly db: Db;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const model = connection.model<ArticleDocument>('Article', articleSchema);
    const versionModel = connection.model<ArticleVersionDocument>(
      'ArticleVersion',
      articleVersionSchema,
    );
    const publicationModel = connection.model<PublicationDocument>(
      'ArticlePublication',
      articlePublicationSchema,
    );
    this.models = [model, versionModel, publicationModel] as unknown as Model<never>[];
    this.articles = driverCollection(model);
    this.versions = driverCollection(versionModel);
    this.publications = driverCollection(publicationModel);
    this.db = connectedDb(connection);
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([...this.models.map((model) => model.init()), detectStoreKind(this.db)]);
  }

  async recordVersion(version: ArticleVersionDocument): Promise<void> {
    await insertNew(this.versions, [version]);
  }

  insertFirst(document: NewDocument): Promise<boolean> {
    return insertIfAbsent(this.articles, {
      ...document,
      firstStoredAt: document.updatedAt,
    });
  }

  async findVersion(articleId: string): Promise<StoredVersion | null> {
    const doc = await this.articles.findOne(
      { _id: articleId },
      { projection: { version: 1, firstStoredAt: 1 } },
    );
    if (!doc) return null;
    const published = await this.publications.findOne({
      _id: publicationId(articleId, doc.version),
    });
    // Older versions were published before this one was stored, or are superseded: either way
    // only whether the stored version is out matters to decidePublish.
    return {
      version: doc.version,
      publishedVersion: published ? doc.version : null,
      firstStoredAt: doc.firstStoredAt,
    };
  }

  async upsert(document: NewDocument): Promise<void> {
    const { _id, ...fields } = document;
    const update = {
      $set: fields,
      $setOnInsert: { firstStoredAt: document.updatedAt },
    };
    if ((await detectStoreKind(this.db)) === 'mongodb') {
      // The version guard makes a late, older redelivery unable to overwrite a newer revision.
      await this.articles
        .updateOne(
          { _id, $or: [{ version: { $lte: document.version } }, { version: { $exists: false } }] },
          update,
          { upsert: true },
        )
        .catch((error: unknown) => {
          // A duplicate-key error here means a newer version exists: the guard did its job.
          if ((error as { code?: number }).code !== 11000) throw error;
        });
      return;
    }
    // FerretDB v1 applies conditional updates non-atomically and evaluates an `$or` filter
    // document by document outside SQLite (~200 ms at 300 articles); decidePublish has already
    // refused older versions, and one article is handled by one consumer at a time.
    await this.articles.updateOne({ _id }, update, { upsert: true });
  }

  async markPublished(articleId: string, version: number): Promise<void> {
    await insertNew(this.publications, [
      { _id: publicationId(articleId, version), at: new Date() },
    ]);
  }
}
