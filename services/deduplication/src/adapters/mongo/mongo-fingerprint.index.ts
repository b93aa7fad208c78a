import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  connectedDb,
  detectStoreKind,
  driverCollection,
  findByIds,
  insertIfAbsent,
  insertNew,
  MONGO_CONNECTION,
  type StoreKind,
} from '@newsflow/platform-mongo';
import { Binary, type Collection, type Db } from 'mongodb';
import type { Connection } from 'mongoose';
import type { StoredStoryFeatures } from '../../domain/stored-story-features';
import { ownAgencyOf } from '../../domain/wire-original';
import type {
  BucketWindows,
  FingerprintIndex,
  FingerprintRecord,
  StoredDecision,
} from '../../ports/fingerprint.index';
import { MongoBucketSlots } from './mongo-bucket-slots';
import {
  articleFingerprintSchema,
  articleStorySchema,
  dedupDecisionSchema,
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
  /** Absent on documents stored before own items were recognised from metadata. */
  ownAgency?: string | null;
  title: string | null;
  paragraphs: string[];
  publishedAt: number | null;
  seenAt: number;
}

interface ArticleStoryDocument {
  _id: string;
  storyId: string;
  window: number;
}

interface DecisionDocument {
  _id: string;
  window: number;
  decision: StoredDecision;
}

/** Fingerprints, bucket slots, story claims and decisions: all insert-once, read by `_id`. */
@Injectable()
export class MongoFingerprintIndex implements FingerprintIndex, OnModuleInit {
  readonly fingerprints: Collection<FingerprintDocument>;
  readonly articleStories: Collection<ArticleStoryDocument>;
  readonly decisions: Collection<DecisionDocument>;
  readonly slots: MongoBucketSlots;
  private readonly db: Db;
  private readonly init: () => Promise<unknown>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const fingerprintModel = connection.model<FingerprintDocument>(
      'ArticleFingerprint',
      articleFingerprintSchema,
    );
    const storyModel = connection.model<ArticleStoryDocument>('ArticleStory', articleStorySchema);
    const decisionModel = connection.model<DecisionDocument>('DedupDecision', dedupDecisionSchema);
    this.fingerprints = driverCollection(fingerprintModel);
    this.articleStories = driverCollection(storyModel);
    this.decisions = driverCollection(decisionModel);
    this.db = connectedDb(connection);
    this.slots = new MongoBucketSlots(this.db, () => this.kind());
    this.init = () =>
      Promise.all([fingerprintModel.init(), storyModel.init(), decisionModel.init()]);
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.init(), this.kind()]);
  }

  kind(): Promise<StoreKind> {
    return detectStoreKind(this.db);
  }

  async saveFingerprint(record: FingerprintRecord): Promise<void> {
    const { fingerprint, articleId, ...rest } = record;
    await insertNew(this.fingerprints, [
      {
        _id: articleId,
        ...rest,
        paragraphs: [...rest.paragraphs],
        scheme: fingerprint.scheme,
        shingles: toBinary(fingerprint.shingles),
        shingleCount: fingerprint.shingleCount,
        signature: toBinary(fingerprint.signature),
        bucketKeys: [...fingerprint.bucketKeys],
      },
    ]);
  }

  addToBuckets(record: FingerprintRecord, windows: BucketWindows): Promise<string[]> {
    const { scheme, bucketKeys } = record.fingerprint;
    return this.slots.join(
      record.articleId,
      bucketKeys.map((key) => `${scheme}|${key}`),
      windows,
    );
  }

  async loadFingerprints(articleIds: readonly string[]): Promise<FingerprintRecord[]> {
    const docs = await findByIds(this.fingerprints, articleIds, await this.kind());
    return docs.map(toRecord);
  }

  async storiesOf(articleIds: readonly string[]): Promise<Map<string, string>> {
    const docs = await findByIds(this.articleStories, articleIds, await this.kind());
    return new Map(docs.map((doc) => [doc._id, doc.storyId]));
  }

  async claimStory(articleId: string, storyId: string, window: number): Promise<string> {
    if (await insertIfAbsent(this.articleStories, { _id: articleId, storyId, window })) {
      return storyId;
    }
    const doc = await this.articleStories.findOne({ _id: articleId });
    return doc?.storyId ?? storyId;
  }

  async findDecision(articleId: string): Promise<StoredDecision | null> {
    return (await this.decisions.findOne({ _id: articleId }))?.decision ?? null;
  }

  async saveDecision(
    articleId: string,
    decision: StoredDecision,
    window: number,
  ): Promise<StoredDecision> {
    if (await insertIfAbsent(this.decisions, { _id: articleId, window, decision })) return decision;
    // Another attempt at the same article stored first: its decision is the one emitted.
    return (await this.findDecision(articleId)) ?? decision;
  }

  /**
   * Deletes fingerprints, story claims and decisions of windows before `oldestRetained`, and
   * drops bucket windows nobody reads any more; returns how many documents and collections.
   */
  async sweep(oldestRetained: number, oldestReadBuckets: number): Promise<number> {
    const filter = { window: { $lt: oldestRetained } };
    const results = await Promise.all([
      this.fingerprints.deleteMany(filter),
      this.articleStories.deleteMany(filter),
      this.decisions.deleteMany(filter),
    ]);
    const dropped = await this.slots.dropBefore(oldestReadBuckets);
    return results.reduce((sum, result) => sum + result.deletedCount, dropped);
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
    language: doc.language ?? null,
    credit: doc.credit ?? null,
    ownAgency: doc.ownAgency !== undefined ? doc.ownAgency : ownAgencyOf(doc.sourceId, doc.credit),
    title: doc.title ?? null,
    paragraphs: doc.paragraphs,
    publishedAt: doc.publishedAt ?? null,
    seenAt: doc.seenAt,
  };
}
