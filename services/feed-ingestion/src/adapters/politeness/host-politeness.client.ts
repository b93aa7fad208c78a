import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import {
  PoliteHttpClient,
  type PolitenessObserver,
  type SafeHttpRequestOptions,
  type SafeHttpResponse,
} from '@newsflow/platform-http';
import {
  FEED_INGESTION_CONFIG,
  type FeedIngestionConfig,
} from '../../config/feed-ingestion.config';
import { PolitenessMetrics } from './politeness.metrics';

/**
 * The one outbound HTTP client of a feed-ingestion instance: SSRF guard, robots.txt and the
 * per-host budget. Feed polls, sitemap polls, page fetches and robots.txt all go through this
 * single instance, so they share one budget per host.
 */
@Injectable()
export class HostPolitenessClient implements OnApplicationShutdown {
  private readonly client: PoliteHttpClient;

  constructor(
    @Inject(FEED_INGESTION_CONFIG) config: FeedIngestionConfig,
    metrics: PipelineMetrics,
    @InjectPinoLogger(HostPolitenessClient.name) private readonly log: PinoLogger,
  ) {
    const { fetch } = config;
    this.client = new PoliteHttpClient(
      {
        userAgent: fetch.userAgent,
        allowedAddresses: [...fetch.allowedAddresses],
        totalTimeoutMs: fetch.timeoutMs,
      },
      {
        ...fetch.politeness,
        robotsTimeoutMs: Math.min(fetch.timeoutMs, 10_000),
        observer: this.observer(new PolitenessMetrics(metrics)),
      },
    );
  }

  /** GET under robots.txt and the host's budget; throws SafeHttpError. */
  get(url: string, options: SafeHttpRequestOptions): Promise<SafeHttpResponse> {
    return this.client.get(url, options);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  private observer(metrics: PolitenessMetrics): PolitenessObserver {
    return {
      requestFinished: ({ host, purpose, outcome, waitedMs }) => {
        metrics.requests.inc({ host: metrics.hostLabel(host), purpose, outcome });
        metrics.hostWait.observe({ purpose }, waitedMs / 1000);
      },
      robotsDenied: ({ url, host, kind, reason }) => {
        metrics.robotsDenials.inc({ host: metrics.hostLabel(host), kind });
        this.log.info({ url, host, kind, reason }, 'fetch refused by robots.txt');
      },
    };
  }
}
