import { z } from 'zod';

const hostPort = /^[A-Za-z0-9.-]+:\d{1,5}$/;

/** Comma-separated `host:port` list, e.g. `127.0.0.1:9092,broker-2:9092`. */
export const brokerListSchema = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length > 0 && list.every((entry) => hostPort.test(entry)), {
    error: 'must be a comma-separated list of host:port',
  });

export const portSchema = z.coerce.number().int().min(1).max(65535);

export const positiveIntSchema = z.coerce.number().int().positive();

export const booleanFlagSchema = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Variables every service reads; each service's config extends this with its own. */
export const platformEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  KAFKA_BROKERS: brokerListSchema.default(['127.0.0.1:9092']),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/.+/, 'must be a mongodb:// or mongodb+srv:// URI')
    .default('mongodb://127.0.0.1:27017/newsflow'),
  /** Prepended to every topic name, so several environments can share one cluster (e.g. `staging.`). */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'may contain only letters, digits, dot, underscore and hyphen')
    .default(''),
  /** How long a SIGTERM may take to finish in-flight work before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: positiveIntSchema.default(25_000),
  /** Attempts for a message whose handling fails transiently, before it is dead-lettered. */
  HANDLER_MAX_ATTEMPTS: positiveIntSchema.default(5),
  HANDLER_RETRY_BASE_MS: positiveIntSchema.default(200),
  /**
   * Partitions of one topic a consumer handles at the same time. Order within a partition (one
   * article id) is kept whatever the value; handlers wait mostly on the store, so a few in
   * parallel keep it busy. 1 handles one message at a time.
   */
  KAFKA_PARTITIONS_CONCURRENCY: positiveIntSchema.default(3),
};

/** The nested, typed shape services get injected. */
export interface PlatformConfig {
  readonly serviceName: string;
  readonly env: 'development' | 'test' | 'production';
  readonly log: { readonly level: string };
  readonly http: { readonly host: string; readonly port: number };
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly clientId: string;
    readonly topicPrefix: string;
    readonly maxAttempts: number;
    readonly retryBaseMs: number;
    readonly partitionsConcurrency: number;
  };
  readonly mongo: { readonly uri: string };
  readonly shutdownTimeoutMs: number;
}

interface PlatformEnv {
  NODE_ENV: PlatformConfig['env'];
  LOG_LEVEL: string;
  HTTP_HOST: string;
  KAFKA_BROKERS: string[];
  KAFKA_TOPIC_PREFIX: string;
  MONGODB_URI: string;
  SHUTDOWN_TIMEOUT_MS: number;
  HANDLER_MAX_ATTEMPTS: number;
  HANDLER_RETRY_BASE_MS: number;
  KAFKA_PARTITIONS_CONCURRENCY: number;
}

export function toPlatformConfig(
  serviceName: string,
  port: number,
  env: PlatformEnv,
): PlatformConfig {
  return {
    serviceName,
    env: env.NODE_ENV,
    log: { level: env.LOG_LEVEL },
    http: { host: env.HTTP_HOST, port },
    kafka: {
      brokers: env.KAFKA_BROKERS,
      clientId: serviceName,
      topicPrefix: env.KAFKA_TOPIC_PREFIX,
      maxAttempts: env.HANDLER_MAX_ATTEMPTS,
      retryBaseMs: env.HANDLER_RETRY_BASE_MS,
      partitionsConcurrency: env.KAFKA_PARTITIONS_CONCURRENCY,
    },
    mongo: { uri: env.MONGODB_URI },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}
