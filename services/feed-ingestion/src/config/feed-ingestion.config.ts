import {
  loadConfig,
  platformEnvShape,
  portSchema,
  positiveIntSchema,
  toPlatformConfig,
  type PlatformConfig,
} from '@newsflow/platform-config';
import { z } from 'zod';

const urlList = z
  .string()
  .transform((raw) => raw.split(/[\s,]+/).filter(Boolean))
  .refine((urls) => urls.every((url) => /^https?:\/\/\S+$/i.test(url)), {
    error: 'must be a comma- or space-separated list of http(s) URLs',
  });

const schema = z.object({
  ...platformEnvShape,
  HTTP_PORT: portSchema.default(3001),
  /** Feeds polled from start-up on (registered in the `feeds` collection). */
  FEED_URLS: urlList.default([]),
  FEED_POLL_INTERVAL_SECONDS: positiveIntSchema.default(300),
  FEED_MAX_POLL_INTERVAL_SECONDS: positiveIntSchema.default(6 * 3600),
  FEED_SCHEDULER_TICK_MS: positiveIntSchema.default(1000),
  FETCH_USER_AGENT: z
    .string()
    .min(8)
    .default('Newsflow/0.1 (news ingestion bot; set FETCH_USER_AGENT to add a contact)'),
  /** Addresses (IP or CIDR) outbound fetches may reach although private, e.g. `127.0.0.1` for a local demo. */
  FETCH_ALLOWED_ADDRESSES: z
    .string()
    .transform((raw) => raw.split(/[\s,]+/).filter(Boolean))
    .default([]),
  FETCH_TIMEOUT_MS: positiveIntSchema.default(20_000),
  FEED_MAX_BYTES: positiveIntSchema.default(10 * 1024 * 1024),
  PAGE_MAX_BYTES: positiveIntSchema.default(5 * 1024 * 1024),
  PUSH_MAX_BYTES: positiveIntSchema.default(2 * 1024 * 1024),
});

export interface FeedIngestionConfig {
  readonly platform: PlatformConfig;
  readonly feeds: {
    readonly urls: readonly string[];
    readonly pollIntervalSeconds: number;
    readonly maxPollIntervalSeconds: number;
    readonly schedulerTickMs: number;
  };
  readonly fetch: {
    readonly userAgent: string;
    readonly allowedAddresses: readonly string[];
    readonly timeoutMs: number;
    readonly feedMaxBytes: number;
    readonly pageMaxBytes: number;
  };
  readonly pushMaxBytes: number;
}

export function loadFeedIngestionConfig(
  env: Record<string, string | undefined> = process.env,
): FeedIngestionConfig {
  const parsed = loadConfig(schema, env);
  return {
    platform: toPlatformConfig('feed-ingestion', parsed.HTTP_PORT, parsed),
    feeds: {
      urls: parsed.FEED_URLS,
      pollIntervalSeconds: parsed.FEED_POLL_INTERVAL_SECONDS,
      maxPollIntervalSeconds: parsed.FEED_MAX_POLL_INTERVAL_SECONDS,
      schedulerTickMs: parsed.FEED_SCHEDULER_TICK_MS,
    },
    fetch: {
      userAgent: parsed.FETCH_USER_AGENT,
      allowedAddresses: parsed.FETCH_ALLOWED_ADDRESSES,
      timeoutMs: parsed.FETCH_TIMEOUT_MS,
      feedMaxBytes: parsed.FEED_MAX_BYTES,
      pageMaxBytes: parsed.PAGE_MAX_BYTES,
    },
    pushMaxBytes: parsed.PUSH_MAX_BYTES,
  };
}

export const FEED_INGESTION_CONFIG = Symbol('FEED_INGESTION_CONFIG');
