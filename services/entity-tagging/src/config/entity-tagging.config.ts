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
  HTTP_PORT: portSchema.default(3003),
  TAGGING_CONSUMER_GROUP: z.string().min(1).default('newsflow.entity-tagging'),
});

export interface EntityTaggingConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
}

export function loadEntityTaggingConfig(
  env: Record<string, string | undefined> = process.env,
): EntityTaggingConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('entity-tagging', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.TAGGING_CONSUMER_GROUP,
  };
}

export const ENTITY_TAGGING_CONFIG = Symbol('ENTITY_TAGGING_CONFIG');
