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
  HTTP_PORT: portSchema.default(3004),
  PUBLISHING_CONSUMER_GROUP: z.string().min(1).default('newsflow.publishing'),
});

export interface PublishingConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
}

export function loadPublishingConfig(
  env: Record<string, string | undefined> = process.env,
): PublishingConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('publishing', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.PUBLISHING_CONSUMER_GROUP,
  };
}

export const PUBLISHING_CONFIG = Symbol('PUBLISHING_CONFIG');
