import { Inject, Injectable } from '@nestjs/common';
import {
  ARTICLE_VERSIONS_COLLECTION,
  ARTICLES_COLLECTION,
  type ArticleDocument,
  type ArticleVersionDocument,
} from '@newsflow/contracts';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { ArticleQuery } from '../../domain/article-query';
import type { EntityCount } from '../../domain/entity-trends';
import type { ArticleReadStore } from '../../ports/article-read.store';

/**
 * Reads `articles` (owned and indexed by publishing). Filters are built here from a validated
 * ArticleQuery only — request values never reach the store as operators.
 */
@Injectable()
export class MongoArticleReadStore implements ArticleReadStore {
  private readonly articles: Collection<ArticleDocument>;
  private readonly versionHistory: Collection<ArticleVersionDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.articles = db.collection<ArticleDocument>(ARTICLES_COLLECTION);
    this.versionHistory = db.collection<ArticleVersionDocument>(ARTICLE_VERSIONS_COLLECTION);
  }

  search(query: ArticleQuery): Promise<ArticleDocument[]> {
    const filter: Filter<ArticleDocument> = {};
    if (query.entity) {
      if ('id' in query.entity) filter.entityIds = query.entity.id;
      else filter.entityKeys = query.entity.name;
    }
    if (query.sourceId !== undefined) filter.sourceId = query.sourceId;
    if (query.topic !== undefined) filter.topicCodes = query.topic;
    if (query.terms) filter.searchTerms = { $all: [...query.terms] };
    if (query.language !== undefined) filter.language = query.language;
    if (query.agency !== undefined) filter['credit.agency'] = query.agency;
    if (query.storyId !== undefined) filter['dedup.storyId'] = query.storyId;
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

  /** Served by the sortAt index; FerretDB lacks $first/$max, so names are part of the group key. */
  async entityCounts(
    from: Date,
    to: Date,
    type: string | undefined,
    limit: number,
  ): Promise<EntityCount[]> {
    const rows = await this.articles
      .aggregate<{ _id: { id: string; name: string; type: string }; articles: number }>([
        { $match: { sortAt: { $gte: from, $lt: to } } },
        { $unwind: '$entities' },
        ...(type ? [{ $match: { 'entities.type': type } }] : []),
        {
          $group: {
            _id: { id: '$entities.id', name: '$entities.name', type: '$entities.type' },
            articles: { $sum: 1 },
          },
        },
        { $sort: { articles: -1 } },
        { $limit: limit },
      ])
      .toArray();
    return rows.map((row) => ({ ...row._id, articles: row.articles }));
  }

  versions(id: string): Promise<ArticleVersionDocument[]> {
    return this.versionHistory.find({ articleId: id }).sort({ version: -1 }).toArray();
  }

  findById(id: string): Promise<ArticleDocument | null> {
    return this.articles.findOne({ _id: id });
  }
}
