import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { FingerprintRetentionStore } from '../../ports/fingerprint-retention.store';
import { MongoDedupStateStore } from './mongo-dedup-state.store';
import { MongoFingerprintIndex } from './mongo-fingerprint.index';
import { dedupLeaseSchema } from './near-duplicate.schema';

interface LeaseDocument {
  _id: string;
  owner: string;
  until: Date;
}

/**
 * No TTL indexes on this store: retention is a delete by window under a lease (a rare, hourly
 * scan), and bucket windows are whole collections dropped at once.
 */
@Injectable()
export class MongoFingerprintRetentionStore implements FingerprintRetentionStore, OnModuleInit {
  private readonly leases: Collection<LeaseDocument>;
  private readonly init: () => Promise<unknown>;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    private readonly index: MongoFingerprintIndex,
    private readonly state: MongoDedupStateStore,
  ) {
    const model = connection.model<LeaseDocument>('DedupLease', dedupLeaseSchema);
    this.leases = driverCollection(model);
    this.init = () => model.init();
  }

  async onModuleInit(): Promise<void> {
    await this.init();
  }

  async tryLease(name: string, owner: string, ms: number, now: Date): Promise<boolean> {
    try {
      const result = await this.leases.updateOne(
        { _id: name, $or: [{ owner }, { until: { $lt: now } }] },
        { $set: { owner, until: new Date(now.getTime() + ms) } },
        { upsert: true },
      );
      return result.matchedCount + result.upsertedCount > 0;
    } catch (error) {
      // The lease exists and is held by another owner: the upsert collided with it.
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  async deleteBefore(oldestRetained: number, oldestReadBuckets: number): Promise<number> {
    const [indexed, texts] = await Promise.all([
      this.index.sweep(oldestRetained, oldestReadBuckets),
      this.state.sweepTexts(oldestRetained),
    ]);
    return indexed + texts;
  }
}
