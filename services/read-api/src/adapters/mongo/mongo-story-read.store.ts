import { Inject, Injectable } from '@nestjs/common';
import {
  ARTICLES_COLLECTION,
  STORIES_COLLECTION,
  type ArticleDocument,
  type LiveStoryDocument,
  type StoryDocument,
} from '@newsflow/contracts';
import { connectedDb, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { StoryQuery } from '../../domain/story-query';
import type { StoryMemberArticle } from '../../domain/story-view';
import type { StoryReadStore } from '../../ports/story-read.store';

const MEMBER_PROJECTION = {
  title: 1,
  sourceId: 1,
  sourceName: 1,
  url: 1,
  publishedAt: 1,
  ingestedAt: 1,
  language: 1,
  credit: 1,
  dedup: 1,
} as const;

/** Member look-ups in flight at once: each is an `_id` read, the one look-up every store indexes. */
const MEMBER_READ_CONCURRENCY = 16;

/**
 * Filters are built here from a validated StoryQuery only — request values never reach the
 * store as operators. The indexes behind each filter are declared by publishing
 * (services/publishing/src/adapters/mongo/story.schema.ts).
 */
@Injectable()
export class MongoStoryReadStore implements StoryReadStore {
  private readonly stories: Collection<StoryDocument>;
  private readonly articles: Collection<ArticleDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.stories = db.collection<StoryDocument>(STORIES_COLLECTION);
    this.articles = db.collection<ArticleDocument>(ARTICLES_COLLECTION);
  }

  search(query: StoryQuery, memberOf?: readonly string[]): Promise<LiveStoryDocument[]> {
    // A story has at least one member; requiring it also keeps out any document of another
    // shape under this collection name (deduplication's member documents used it before).
    const filter: Filter<LiveStoryDocument> = {
      mergedInto: null,
      memberCount: { $gte: query.minMembers ?? 1 },
    };
    if (query.sourceId !== undefined) filter.sources = query.sourceId;
    if (query.language !== undefined) filter.languages = query.language;
    if (memberOf) filter.memberArticleIds = { $in: [...memberOf] };
    if (query.since || query.until) {
      filter.lastSeen = {
        ...(query.since && { $gte: query.since }),
        ...(query.until && { $lte: query.until }),
      };
    }
    if (query.after) {
      const { sortAt, id } = query.after;
      filter.$or = [{ updatedAt: { $lt: sortAt } }, { updatedAt: sortAt, _id: { $lt: id } }];
    }
    return (this.stories as unknown as Collection<LiveStoryDocument>)
      .find(filter)
      .sort({ updatedAt: -1, _id: -1 })
      .limit(query.limit)
      .toArray();
  }

  findById(id: string): Promise<StoryDocument | null> {
    return this.stories.findOne({ _id: id });
  }

  async articlesMentioning(
    entity: NonNullable<StoryQuery['entity']>,
    until: Date | undefined,
    limit: number,
  ): Promise<string[]> {
    const filter: Filter<ArticleDocument> =
      'id' in entity ? { entityIds: entity.id } : { entityKeys: entity.name };
    if (until) filter.sortAt = { $lte: until };
    const rows = await this.articles
      .find(filter, { projection: { _id: 1 } })
      .sort({ sortAt: -1, _id: -1 })
      .limit(limit)
      .toArray();
    return rows.map((row) => row._id);
  }

  async memberArticles(ids: readonly string[]): Promise<StoryMemberArticle[]> {
    // `_id: {$in}` scans the collection on FerretDB v1; single `_id` reads use its index.
    const found: StoryMemberArticle[] = [];
    for (let start = 0; start < ids.length; start += MEMBER_READ_CONCURRENCY) {
      const batch = ids.slice(start, start + MEMBER_READ_CONCURRENCY);
      const docs = await Promise.all(
        batch.map((id) =>
          this.articles.findOne<StoryMemberArticle>({ _id: id }, { projection: MEMBER_PROJECTION }),
        ),
      );
      for (const doc of docs) if (doc) found.push(doc);
    }
    return found;
  }
}
