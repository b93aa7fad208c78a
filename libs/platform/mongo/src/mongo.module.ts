import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@newsflow/platform-config';
import type { Collection, Db, Document } from 'mongodb';
import mongoose, { type Connection, type Model } from 'mongoose';

export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');

/** Opens the store connection with query-injection guards on. */
export async function openMongoConnection(uri: string, appName: string): Promise<Connection> {
  // Untrusted values in filters are wrapped in $eq, so `{ $ne: … }` from a request cannot become an operator.
  mongoose.set('sanitizeFilter', true);
  mongoose.set('strictQuery', true);
  return mongoose
    .createConnection(uri, {
      appName,
      autoIndex: true,
      autoCreate: true,
      serverSelectionTimeoutMS: 10_000,
      maxPoolSize: 20,
    })
    .asPromise();
}

@Injectable()
export class MongoLifecycle implements OnApplicationShutdown {
  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}

  /** Readiness: the server answers a ping. */
  async probe(): Promise<void> {
    const db = connectedDb(this.connection);
    await db.command({ ping: 1 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Module({})
export class MongoModule {
  static forRoot(): DynamicModule {
    return {
      module: MongoModule,
      global: true,
      providers: [
        {
          provide: MONGO_CONNECTION,
          inject: [PLATFORM_CONFIG],
          useFactory: (config: PlatformConfig) =>
            openMongoConnection(config.mongo.uri, config.serviceName),
        },
        MongoLifecycle,
      ],
      exports: [MONGO_CONNECTION, MongoLifecycle],
    };
  }
}

/** The database of an open connection; a store used before it connected is a bug, said loudly. */
export function connectedDb(connection: Connection): Db {
  const db = connection.db;
  if (!db) throw new Error('store connection is not open');
  return db;
}

/**
 * The driver collection behind a mongoose model, typed. Hot paths and conditional updates use
 * the driver directly: mongoose documents cost ~30× on bulk writes, and our filters carry
 * operators that `sanitizeFilter` would neutralise.
 */
export function driverCollection<T extends Document>(model: Model<T>): Collection<T> {
  return model.collection as unknown as Collection<T>;
}
