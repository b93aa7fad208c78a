import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { ArticleDedupState } from '../../domain/exact-duplicate';
import type { DedupStateStore } from '../../ports/dedup-state.store';
import { dedupArticleSchema, fingerprintSchema } from './dedup-state.schema';

interface FingerprintDocument {
  _id: string;
  firstArticleId: string;
  firstSeenAt: Date;
}

interface DedupArticleDocument {
  _id: string;
  contentHash: string;
  version: number;
  emitted: boolean;
  updatedAt: Date;
}

@Injectable()
export class MongoDedupStateStore implements DedupStateStore, OnModuleInit {
  private readonly fingerprintModel: Model<FingerprintDocument>;
  private readonly articleModel: Model<DedupArticleDocument>;
  private readonly fingerprints: Collection<FingerprintDocument>;
  private readonly articles: Collection<DedupArticleDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.fingerprintModel = connection.model<FingerprintDocument>('Fingerprint', fingerprintSchema);
    this.articleModel = connection.model<DedupArticleDocument>('DedupArticle', dedupArticleSchema);
    this.fingerprints = driverCollection(this.fingerprintModel);
    this.articles = driverCollection(this.articleModel);
  }

  /** Creates the collections and their declared indexes; start-up fails if the store refuses one. */
  async onModuleInit(): Promise<void> {
    await Promise.all([this.fingerprintModel.init(), this.articleModel.init()]);
  }

  async claimContent(contentHash: string, articleId: string): Promise<string> {
    const _id = `sha256:${contentHash}`;
    try {
      const result = await this.fingerprints.findOneAndUpdate(
        { _id },
        { $setOnInsert: { firstArticleId: articleId, firstSeenAt: new Date() } },
        { upsert: true, returnDocument: 'after' },
      );
      if (result) return result.firstArticleId;
    } catch (error) {
      // Two upserts racing on one _id: the loser gets a duplicate-key error; the winner's claim stands.
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    const winner = await this.fingerprints.findOne({ _id });
    if (!winner) throw new Error(`fingerprint ${_id} vanished after a duplicate-key race`);
    return winner.firstArticleId;
  }

  async findArticle(articleId: string): Promise<ArticleDedupState | null> {
    const doc = await this.articles.findOne({ _id: articleId });
    return doc
      ? {
          articleId: doc._id,
          contentHash: doc.contentHash,
          version: doc.version,
          emitted: doc.emitted,
        }
      : null;
  }

  async saveArticle(state: ArticleDedupState): Promise<void> {
    await this.articles.updateOne(
      { _id: state.articleId },
      {
        $set: {
          contentHash: state.contentHash,
          version: state.version,
          emitted: state.emitted,
          updatedAt: new Date(),
        },
      },
      { upsert: true },
    );
  }

  async markEmitted(articleId: string, version: number): Promise<void> {
    await this.articles.updateOne(
      { _id: articleId, version },
      { $set: { emitted: true, updatedAt: new Date() } },
    );
  }
}
