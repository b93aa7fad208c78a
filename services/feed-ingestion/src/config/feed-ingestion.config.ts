import {
  loadConfig,
  platformEnvShape,
  portSchema,
  positiveIntSchema,
  toPlatformConfig,
  type PlatformConfig,
} from '@newsflow/platform-config';
import { formatUserAgent, userAgentProblem } from '@newsflow/platform-http';
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
  /** Default floor of adaptive polling; a feed's own minIntervalSeconds overrides it. */
  FEED_MIN_POLL_INTERVAL_SECONDS: positiveIntSchema.default(60),
  /** New items turned into articles per poll; the rest wait for the next poll, which comes soon. */
  FEED_MAX_ITEMS_PER_POLL: positiveIntSchema.default(50),
  /** Sitemap URLs older than this (news:publication_date, else lastmod) are skipped as history. */
  SITEMAP_MAX_AGE_HOURS: positiveIntSchema.default(48),
  /** URLs taken per sitemap, newest first. */
  SITEMAP_MAX_URLS: positiveIntSchema.default(1000),
  /** Child sitemaps of a sitemap index fetched per poll, newest first. */
  SITEMAP_MAX_CHILDREN: positiveIntSchema.default(10),
  /** Full User-Agent override; its product token (before `/`) is what robots.txt groups match. */
  FETCH_USER_AGENT: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = userAgentProblem(value);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** Operator contact for site owners (https URL or mailto:), sent as `Newsflow/0.1 (+<contact>)`. */
  FETCH_CONTACT_URL: z
    .string()
    .trim()
    .regex(
      /^(https?:\/\/|mailto:)[\x21-\x7e]+$/i,
      'must be an http(s) or mailto: URL without spaces',
    )
    .optional(),
  /** Requests in flight to one host at once, feeds, sitemaps, pages and robots.txt together. */
  FETCH_HOST_MAX_CONCURRENCY: positiveIntSchema.max(64).default(2),
  /** Minimum spacing between request starts on one host; a larger robots.txt Crawl-delay wins. */
  FETCH_HOST_MIN_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  /** Cap on an honoured Crawl-delay, so a hostile robots.txt cannot stall a host for hours. */
  FETCH_MAX_CRAWL_DELAY_SECONDS: positiveIntSchema.max(3600).default(60),
  /** Longest a fetch waits for its host's turn before failing 'host-busy' (retried next poll). */
  FETCH_HOST_MAX_WAIT_MS: positiveIntSchema.default(60_000),
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
    readonly minPollIntervalSeconds: number;
    readonly maxItemsPerPoll: number;
    readonly schedulerTickMs: number;
  };
  readonly sitemaps: {
    readonly maxAgeHours: number;
    readonly maxItems: number;
    readonly maxChildSitemaps: number;
  };
  readonly fetch: {
    readonly userAgent: string;
    readonly allowedAddresses: readonly string[];
    readonly timeoutMs: number;
    readonly feedMaxBytes: number;
    readonly pageMaxBytes: number;
    /** The per-host politeness budget shared by every outbound fetch of one instance. */
    readonly politeness: {
      readonly maxConcurrencyPerHost: number;
      readonly minDelayMs: number;
      readonly maxCrawlDelayMs: number;
      readonly maxWaitMs: number;
    };
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
      minPollIntervalSeconds: parsed.FEED_MIN_POLL_INTERVAL_SECONDS,
      maxItemsPerPoll: parsed.FEED_MAX_ITEMS_PER_POLL,
      schedulerTickMs: parsed.FEED_SCHEDULER_TICK_MS,
    },
    sitemaps: {
      maxAgeHours: parsed.SITEMAP_MAX_AGE_HOURS,
      maxItems: parsed.SITEMAP_MAX_URLS,
      maxChildSitemaps: parsed.SITEMAP_MAX_CHILDREN,
    },
    fetch: {
      userAgent: parsed.FETCH_USER_AGENT ?? defaultUserAgent(parsed.FETCH_CONTACT_URL),
      allowedAddresses: parsed.FETCH_ALLOWED_ADDRESSES,
      timeoutMs: parsed.FETCH_TIMEOUT_MS,
      feedMaxBytes: parsed.FEED_MAX_BYTES,
      pageMaxBytes: parsed.PAGE_MAX_BYTES,
      politeness: {
        maxConcurrencyPerHost: parsed.FETCH_HOST_MAX_CONCURRENCY,
        minDelayMs: parsed.FETCH_HOST_MIN_DELAY_MS,
        maxCrawlDelayMs: parsed.FETCH_MAX_CRAWL_DELAY_SECONDS * 1000,
        maxWaitMs: parsed.FETCH_HOST_MAX_WAIT_MS,
      },
    },
    pushMaxBytes: parsed.PUSH_MAX_BYTES,
  };
}

function defaultUserAgent(contact: string | undefined): string {
  if (contact !== undefined)
    return formatUserAgent({ product: 'Newsflow', version: '0.1', contact });
  return 'Newsflow/0.1 (news ingestion bot; set FETCH_CONTACT_URL to add a contact)';
}

export const FEED_INGESTION_CONFIG = Symbol('FEED_INGESTION_CONFIG');
