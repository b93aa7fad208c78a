import { Inject, Injectable } from '@nestjs/common';
import { ARTICLES_COLLECTION, type ArticleDocument } from '@newsflow/contracts';
import { MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { ArticleQuery } from '../../domain/article-query';
import type { ArticleReadStore } from '../../ports/article-read.store';

/**
 * Reads `articles` (owned and indexed by publishing). Filters are built here from a validated
 * ArticleQuery only — request values never reach the store as operators.
 */
@Injectable()
export class MongoArticleReadStore implements ArticleReadStore {
  private readonly articles: Collection<ArticleDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connection.db;
    if (!db) throw new Error('store connection is not open');
    this.articles = db.collection<ArticleDocument>(ARTICLES_COLLECTION);
  }

  search(query: ArticleQuery): Promise<ArticleDocument[]> {
    const filter: Filter<ArticleDocument> = {};
    if (query.entity) {
      if ('id' in query.entity) filter.entityIds = query.entity.id;
      else filter.entityKeys = query.entity.name;
    }
    if (query.sourceId !== undefined) filter.sourceId = query.sourceId;
    if (query.from || query.to) {
      filter.sortAt = {
        ...(query.from && { $gte: query.from }),
        ...(query.to && { $lte: query.to }),
      };
    }
    if (query.after) {
      const { sortAt, id } = query.after;
      filter.$or = [{ sortAt: { $lt: sortAt } }, { sortAt, _id: { $lt: id } }];
    }
    return this.articles.find(filter).sort({ sortAt: -1, _id: -1 }).limit(query.limit).toArray();
  }

  findById(id: string): Promise<ArticleDocument | null> {
    return this.articles.findOne({ _id: id });
  }
}
