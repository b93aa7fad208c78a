import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import { Binary, type Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { StoredStoryFeatures } from '../../domain/stored-story-features';
import type {
  FingerprintIndex,
  FingerprintRecord,
  StoredDecision,
} from '../../ports/fingerprint.index';
import { insertOnce } from './insert-once.util';
import {
  articleFingerprintSchema,
  articleStorySchema,
  lshBucketSchema,
} from './near-duplicate.schema';

interface FingerprintDocument {
  _id: string;
  window: number;
  scheme: string;
  shingles: Binary;
  shingleCount: number;
  signature: Binary;
  bucketKeys: string[];
  features: StoredStoryFeatures;
  sourceId: string;
  language: string | null;
  credit: string | null;
  title: string | null;
  paragraphs: string[];
  publishedAt: number | null;
  seenAt: number;
  decision: StoredDecision | null;
}

interface BucketDocument {
  _id: string;
  bucket: string;
  articleId: string;
  window: number;
}

interface ArticleStoryDocument {
  _id: string;
  storyId: string;
  window: number;
}

/** A bucket this full holds boilerplate shared by everything; it is no candidate source. */
const MAX_BUCKET_MEMBERS = 300;

@Injectable()
export class MongoFingerprintIndex implements FingerprintIndex, OnModuleInit {
  readonly fingerprints: Collection<FingerprintDocument>;
  readonly buckets: Collection<BucketDocument>;
  readonly articleStories: Collection<ArticleStoryDocument>;
  private readonly init: () => Promise<unknown>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const fingerprintModel = connection.model<FingerprintDocument>(
      'ArticleFingerprint',
      articleFingerprintSchema,
    );
    const bucketModel = connection.model<BucketDocument>('LshBucket', lshBucketSchema);
    this.fingerprints = driverCollection(fingerprintModel);
    this.buckets = driverCollection(bucketModel);
    const storyModel = connection.model<ArticleStoryDocument>('ArticleStory', articleStorySchema);
    this.articleStories = driverCollection(storyModel);
    this.init = () => Promise.all([fingerprintModel.init(), bucketModel.init(), storyModel.init()]);
  }

  async onModuleInit(): Promise<void> {
    await this.init();
  }

  async saveFingerprint(record: FingerprintRecord): Promise<void> {
    const { fingerprint, articleId, ...rest } = record;
    const fields = {
      ...rest,
      paragraphs: [...rest.paragraphs],
      scheme: fingerprint.scheme,
      shingles: toBinary(fingerprint.shingles),
      shingleCount: fingerprint.shingleCount,
      signature: toBinary(fingerprint.signature),
      bucketKeys: [...fingerprint.bucketKeys],
    };
    await this.withRaceRetry(() =>
      this.fingerprints.updateOne(
        { _id: articleId },
        { $set: fields, $setOnInsert: { decision: null } },
        { upsert: true },
      ),
    );
  }

  async addToBuckets(
    record: FingerprintRecord,
    otherWindows: readonly number[],
  ): Promise<string[]> {
    const { scheme, bucketKeys } = record.fingerprint;
    const bucketsOf = (window: number) => bucketKeys.map((key) => `${scheme}|${window}|${key}`);
    const own = bucketsOf(record.window);
    await insertOnce(
      this.buckets,
      own.map((bucket) => ({
        _id: `${bucket}|${record.articleId}`,
        bucket,
        articleId: record.articleId,
        window: record.window,
      })),
    );
    // Read only after writing: of two racing articles, the later reader sees the other's write.
    const all = [...own, ...otherWindows.flatMap(bucketsOf)];
    const members = await this.buckets
      .find({ bucket: { $in: all } }, { projection: { bucket: 1, articleId: 1 } })
      .toArray();
    const sizes = new Map<string, number>();
    for (const { bucket } of members) sizes.set(bucket, (sizes.get(bucket) ?? 0) + 1);
    const found = new Set(
      members
        .filter(({ bucket }) => (sizes.get(bucket) ?? 0) <= MAX_BUCKET_MEMBERS)
        .map(({ articleId }) => articleId),
    );
    found.delete(record.articleId);
    return [...found].sort();
  }

  async loadFingerprints(articleIds: readonly string[]): Promise<FingerprintRecord[]> {
    if (articleIds.length === 0) return [];
    const docs = await this.fingerprints.find({ _id: { $in: [...new Set(articleIds)] } }).toArray();
    return docs.map(toRecord);
  }

  async storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    if (articleIds.length === 0) return new Map();
    const docs = await this.articleStories.find({ _id: { $in: [...articleIds] } }).toArray();
    return new Map(docs.map((doc) => [doc._id, doc.storyId]));
  }

  async claimStory(articleId: string, storyId: string): Promise<string> {
    const window = (await this.fingerprints.findOne({ _id: articleId }))?.window ?? 0;
    await insertOnce(this.articleStories, [{ _id: articleId, storyId, window }]);
    const doc = await this.articleStories.findOne({ _id: articleId });
    return doc?.storyId ?? storyId;
  }

  async findDecision(articleId: string): Promise<StoredDecision | null> {
    const doc = await this.fingerprints.findOne(
      { _id: articleId },
      { projection: { decision: 1 } },
    );
    return doc?.decision ?? null;
  }

  async saveDecision(articleId: string, decision: StoredDecision): Promise<void> {
    await this.fingerprints.updateOne({ _id: articleId }, { $set: { decision } });
  }

  /** Deletes fingerprints and buckets of windows before `oldestRetained`; returns how many. */
  async sweep(oldestRetained: number): Promise<number> {
    const filter = { window: { $lt: oldestRetained } };
    const results = await Promise.all([
      this.fingerprints.deleteMany(filter),
      this.buckets.deleteMany(filter),
      this.articleStories.deleteMany(filter),
    ]);
    return results.reduce((sum, result) => sum + result.deletedCount, 0);
  }

  // Concurrent upserts of one _id can fail with E11000 on this store; the document exists then.
  private async withRaceRetry<T>(run: () => Promise<T>, retry: () => Promise<T> = run): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      return retry();
    }
  }
}

function toBinary(values: Uint32Array): Binary {
  return new Binary(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
}

function fromBinary(value: Binary): Uint32Array {
  const bytes = value.buffer;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

function toRecord(doc: FingerprintDocument): FingerprintRecord {
  return {
    articleId: doc._id,
    window: doc.window,
    fingerprint: {
      scheme: doc.scheme,
      shingles: fromBinary(doc.shingles),
      shingleCount: doc.shingleCount,
      signature: fromBinary(doc.signature),
      bucketKeys: doc.bucketKeys,
    },
    features: doc.features,
    sourceId: doc.sourceId,
    language: doc.language,
    credit: doc.credit,
    title: doc.title,
    paragraphs: doc.paragraphs,
    publishedAt: doc.publishedAt,
    seenAt: doc.seenAt,
  };
}
