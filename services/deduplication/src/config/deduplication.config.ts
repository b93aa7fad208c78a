import {
  loadConfig,
  platformEnvShape,
  portSchema,
  toPlatformConfig,
  type PlatformConfig,
} from '@newsflow/platform-config';
import { z } from 'zod';

const schema = z.object({
  ...platformEnvShape,
  HTTP_PORT: portSchema.default(3002),
  DEDUP_CONSUMER_GROUP: z.string().min(1).default('newsflow.deduplication'),
  DEDUP_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  DEDUP_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
});

export interface DeduplicationConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
  readonly nearDuplicates: {
    /** Days a fingerprint stays findable (today included); older day windows are swept. */
    readonly retentionDays: number;
    /** How often an instance tries to take the sweep lease. */
    readonly sweepIntervalMs: number;
  };
}

export function loadDeduplicationConfig(
  env: Record<string, string | undefined> = process.env,
): DeduplicationConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('deduplication', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.DEDUP_CONSUMER_GROUP,
    nearDuplicates: {
      retentionDays: parsed.DEDUP_RETENTION_DAYS,
      sweepIntervalMs: parsed.DEDUP_SWEEP_INTERVAL_MS,
    },
  };
}

export const DEDUPLICATION_CONFIG = Symbol('DEDUPLICATION_CONFIG');
