import {
  loadConfig,
  platformEnvShape,
  portSchema,
  positiveIntSchema,
  toPlatformConfig,
  type PlatformConfig,
} from '@newsflow/platform-config';
import { z } from 'zod';

const schema = z.object({
  ...platformEnvShape,
  HTTP_PORT: portSchema.default(3004),
  PUBLISHING_CONSUMER_GROUP: z.string().min(1).default('newsflow.publishing'),
  /** How often the subscription list is re-read from the store. */
  SUBSCRIPTION_REFRESH_MS: positiveIntSchema.default(5000),
});

export interface PublishingConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
  readonly subscriptionRefreshMs: number;
}

export function loadPublishingConfig(
  env: Record<string, string | undefined> = process.env,
): PublishingConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('publishing', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.PUBLISHING_CONSUMER_GROUP,
    subscriptionRefreshMs: parsed.SUBSCRIPTION_REFRESH_MS,
  };
}

export const PUBLISHING_CONFIG = Symbol('PUBLISHING_CONFIG');
