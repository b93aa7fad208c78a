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
});

export interface DeduplicationConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
}

export function loadDeduplicationConfig(
  env: Record<string, string | undefined> = process.env,
): DeduplicationConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('deduplication', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.DEDUP_CONSUMER_GROUP,
  };
}

export const DEDUPLICATION_CONFIG = Symbol('DEDUPLICATION_CONFIG');
