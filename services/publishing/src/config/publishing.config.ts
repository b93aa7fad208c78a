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
  /** The stories read model's own group: its offsets are independent of publishing articles. */
  STORY_CONSUMER_GROUP: z.string().min(1).default('newsflow.publishing.stories'),
  /** How often the subscription list is re-read from the store. */
  SUBSCRIPTION_REFRESH_MS: positiveIntSchema.default(5000),
  WEBHOOK_CONSUMER_GROUP: z.string().min(1).default('newsflow.publishing.webhooks'),
  WEBHOOK_USER_AGENT: z.string().min(8).default('Newsflow-Webhooks/0.1'),
  /** Addresses (IP or CIDR) webhooks may reach although private, e.g. `127.0.0.1` in tests. */
  WEBHOOK_ALLOWED_ADDRESSES: z
    .string()
    .transform((raw) => raw.split(/[\s,]+/).filter(Boolean))
    .default([]),
  WEBHOOK_TIMEOUT_MS: positiveIntSchema.default(10_000),
  WEBHOOK_MAX_ATTEMPTS: positiveIntSchema.default(5),
  WEBHOOK_RETRY_BASE_MS: positiveIntSchema.default(1000),
});

export interface PublishingConfig {
  readonly platform: PlatformConfig;
  readonly consumerGroup: string;
  readonly storyConsumerGroup: string;
  readonly subscriptionRefreshMs: number;
  readonly webhooks: {
    readonly consumerGroup: string;
    readonly userAgent: string;
    readonly allowedAddresses: readonly string[];
    readonly timeoutMs: number;
    readonly maxAttempts: number;
    readonly retryBaseMs: number;
  };
}

export function loadPublishingConfig(
  env: Record<string, string | undefined> = process.env,
): PublishingConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('publishing', parsed.HTTP_PORT, parsed),
    consumerGroup: parsed.PUBLISHING_CONSUMER_GROUP,
    storyConsumerGroup: parsed.STORY_CONSUMER_GROUP,
    subscriptionRefreshMs: parsed.SUBSCRIPTION_REFRESH_MS,
    webhooks: {
      consumerGroup: parsed.WEBHOOK_CONSUMER_GROUP,
      userAgent: parsed.WEBHOOK_USER_AGENT,
      allowedAddresses: parsed.WEBHOOK_ALLOWED_ADDRESSES,
      timeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
      maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: parsed.WEBHOOK_RETRY_BASE_MS,
    },
  };
}

export const PUBLISHING_CONFIG = Symbol('PUBLISHING_CONFIG');
