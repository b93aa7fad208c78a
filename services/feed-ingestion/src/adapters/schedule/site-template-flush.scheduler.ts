import {
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import { SiteTemplateLearner } from '../../use-cases/site-template.learner';

const FLUSH_MS = 60_000;

/** Flushes the learned site templates every minute and once more on shutdown. */
@Injectable()
export class SiteTemplateFlushScheduler
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly learner: SiteTemplateLearner,
    @InjectPinoLogger(SiteTemplateFlushScheduler.name) private readonly log: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.flush());
    }, FLUSH_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.flush();
  }

  private async flush(): Promise<void> {
    try {
      const sources = await this.learner.flush();
      if (sources > 0) this.log.info({ sources }, 'site templates flushed');
    } catch (error) {
      this.log.error({ err: error }, 'site template flush failed');
    }
  }
}
