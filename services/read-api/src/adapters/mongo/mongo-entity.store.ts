import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  ARTICLES_COLLECTION,
  ENTITIES_COLLECTION,
  ENTITY_CHANGES_COLLECTION,
  VOCABULARY_STATE_COLLECTION,
  type ArticleDocument,
  type EntityChangeDocument,
  type EntityDocument,
  type VocabularyStateDocument,
} from '@newsflow/contracts';
import { connectedDb, ensureIndexes, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { EntityListQuery } from '../../domain/entity-requests';
import type { EntityStore } from '../../ports/entity.store';

const DUPLICATE_KEY = 11000;
/** Counting beyond this tells an editor nothing more and costs a scan on FerretDB. */
const ARTICLE_COUNT_CAP = 10_000;

/**
 * `entities`, `entity_changes` and `vocabulary_state`: owned by read-api. Filters are built here
 * from validated requests only; the prefix arrives folded to letters, digits and spaces.
 */
@Injectable()
export class MongoEntityStore implements EntityStore, OnModuleInit {
  private readonly entities: Collection<EntityDocument>;
  private readonly changes: Collection<EntityChangeDocument>;
  private readonly state: Collection<VocabularyStateDocument>;
  private readonly articles: Collection<ArticleDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const db = connectedDb(connection);
    this.entities = db.collection<EntityDocument>(ENTITIES_COLLECTION);
    this.changes = db.collection<EntityChangeDocument>(ENTITY_CHANGES_COLLECTION);
    this.state = db.collection<VocabularyStateDocument>(VOCABULARY_STATE_COLLECTION);
    this.articles = db.collection<ArticleDocument>(ARTICLES_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    // Anchored prefix regexes on searchKeys use its index on MongoDB; browse lists by status.
    await ensureIndexes(this.entities, [
      { key: { searchKeys: 1 }, name: 'searchKeys' },
      { key: { status: 1, type: 1, name: 1 }, name: 'status_type_name' },
      { key: { mergedInto: 1 }, name: 'mergedInto' },
    ]);
  }

  get(id: string): Promise<EntityDocument | null> {
    return this.entities.findOne({ _id: id });
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await this.entities
      .find({ _id: { $in: [...ids] } }, { projection: { _id: 1 } })
      .toArray();
    return new Set(found.map((entity) => entity._id));
  }

  list(query: EntityListQuery & { pattern: string | null }): Promise<EntityDocument[]> {
    const filter: Filter<EntityDocument> = {};
    if (query.pattern !== null) filter.searchKeys = { $regex: query.pattern };
    if (query.type !== undefined) filter.type = query.type;
    if (query.status !== undefined) filter.status = query.status;
    // Active before blocked before merged (alphabetical happens to be that order).
    return this.entities
      .find(filter)
      .sort({ status: 1, name: 1, _id: 1 })
      .limit(query.limit)
      .toArray();
  }

  async mergedInto(id: string): Promise<string[]> {
    const rows = await this.entities.find({ mergedInto: id }, { projection: { _id: 1 } }).toArray();
    return rows.map((row) => row._id);
  }

  async insert(entity: EntityDocument): Promise<boolean> {
    try {
      await this.entities.insertOne(entity);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  async replace(entity: EntityDocument): Promise<void> {
    await this.entities.replaceOne({ _id: entity._id }, entity);
  }

  async recordChange(
    entityId: string,
    action: EntityChangeDocument['action'],
    entityRevision: number,
  ): Promise<number> {
    const hint = (await this.state.findOne({ _id: 'current' }))?.revision ?? 0;
    // Inserting a given _id is the one atomic claim the store offers: the loser takes the next.
    let revision = hint + 1;
    while (!(await this.claimChange(revision, entityId, action, entityRevision))) revision += 1;
    await this.raiseHint(revision);
    return revision;
  }

  private async claimChange(
    revision: number,
    entityId: string,
    action: EntityChangeDocument['action'],
    entityRevision: number,
  ): Promise<boolean> {
    try {
      await this.changes.insertOne({
        _id: revision,
        entityId,
        action,
        entityRevision,
        at: new Date(),
      });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      return false;
    }
  }

  /**
   * The hint only saves readers a few look-ups, so a lost race here is harmless: racing upserts
   * of the first hint may refuse each other (E11000 on this store), and the loser writes again.
   */
  private async raiseHint(revision: number): Promise<void> {
    const raise = (upsert: boolean) =>
      this.state.updateOne(
        { _id: 'current' },
        { $max: { revision }, $set: { updatedAt: new Date() } },
        { upsert },
      );
    try {
      await raise(true);
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await raise(false);
    }
  }

  articleCount(id: string): Promise<number> {
    return this.articles.countDocuments({ entityIds: id }, { limit: ARTICLE_COUNT_CAP });
  }
}
