import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import {
  FEED_INGESTION_CONFIG,
  type FeedIngestionConfig,
} from '../../config/feed-ingestion.config';
import { FEED_STORE, type FeedStore } from '../../ports/feed.store';
import { PollFeedUseCase } from '../../use-cases/poll-feed.use-case';

const FEEDS_PER_TICK = 4;
// A poll that outlives its lease (crash, hang) lets another instance lease the feed again.
const LEASE_MS = 120_000;

/** Ticks, leases the feeds that are due, polls them; stops ticking and finishes in-flight polls on shutdown. */
@Injectable()
export class FeedPollScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly owner = `${hostname()}:${process.pid}`;

  constructor(
    @Inject(FEED_STORE) private readonly feeds: FeedStore,
    private readonly pollFeed: PollFeedUseCase,
    @Inject(FEED_INGESTION_CONFIG) private readonly config: FeedIngestionConfig,
    @InjectPinoLogger(FeedPollScheduler.name) private readonly log: PinoLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.feeds.register(this.config.feeds.urls);
    this.timer = setInterval(() => {
      this.inFlight = this.inFlight.then(() => this.tick());
    }, this.config.feeds.schedulerTickMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.stopping = true;
    await this.inFlight;
  }

  private async tick(): Promise<void> {
    try {
      const due = await this.feeds.leaseDue(new Date(), FEEDS_PER_TICK, LEASE_MS, this.owner);
      for (const feed of due) {
        // Leased but not started: the lease runs out and another instance takes the feed.
        if (this.stopping) break;
        const started = Date.now();
        const outcome = await this.pollFeed.execute(
          feed,
          () => this.stopping || Date.now() - started > LEASE_MS / 2,
        );
        this.log.info(
          { feedUrl: feed.url, ...outcome, durationMs: Date.now() - started },
          'feed polled',
        );
      }
    } catch (error) {
      this.log.error({ err: error }, 'feed scheduler tick failed');
    }
  }
}
