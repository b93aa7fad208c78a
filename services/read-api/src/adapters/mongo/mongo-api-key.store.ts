import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { ApiKeyRecord, ApiKeyScope } from '../../domain/api-key';
import type { ApiKeyStore } from '../../ports/api-key.store';
import { apiKeySchema } from './api-key.schema';

interface ApiKeyDocument {
  _id: string;
  name: string;
  secretHash: string;
  scopes: ApiKeyScope[];
  createdAt: Date;
  revokedAt?: Date | null;
}

@Injectable()
export class MongoApiKeyStore implements ApiKeyStore, OnModuleInit {
  private readonly model: Model<ApiKeyDocument>;
  private readonly keys: Collection<ApiKeyDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<ApiKeyDocument>('ApiKey', apiKeySchema);
    this.keys = driverCollection(this.model);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async findById(id: string): Promise<ApiKeyRecord | null> {
    const doc = await this.keys.findOne({ _id: id });
    return doc ? toRecord(doc) : null;
  }

  async create(record: ApiKeyRecord): Promise<void> {
    await this.keys.updateOne(
      { _id: record.id },
      {
        $setOnInsert: {
          name: record.name,
          secretHash: record.secretHash,
          scopes: [...record.scopes],
          createdAt: record.createdAt,
        },
      },
      { upsert: true },
    );
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.keys.find({}).sort({ createdAt: 1 }).toArray()).map(toRecord);
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    const result = await this.keys.updateOne({ _id: id }, { $set: { revokedAt: at } });
    return result.matchedCount > 0;
  }
}

function toRecord(doc: ApiKeyDocument): ApiKeyRecord {
  return {
    id: doc._id,
    name: doc.name,
    secretHash: doc.secretHash,
    scopes: doc.scopes,
    createdAt: doc.createdAt,
    revokedAt: doc.revokedAt ?? null,
  };
}
