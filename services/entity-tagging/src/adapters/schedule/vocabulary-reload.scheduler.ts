import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import {
  ENTITY_TAGGING_CONFIG,
  type EntityTaggingConfig,
} from '../../config/entity-tagging.config';
import { ReloadVocabularyUseCase } from '../../use-cases/reload-vocabulary.use-case';
import { VocabularyMetrics } from './vocabulary.metrics';

/**
 * Loads the operator's vocabulary before the consumer starts, then checks for changes every
 * `ENTITY_VOCABULARY_REFRESH_MS`. A failed check keeps the snapshot in force and tries again.
 */
@Injectable()
export class VocabularyReloadScheduler
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly reload: ReloadVocabularyUseCase,
    private readonly metrics: VocabularyMetrics,
    @Inject(ENTITY_TAGGING_CONFIG) private readonly config: EntityTaggingConfig,
    @InjectPinoLogger(VocabularyReloadScheduler.name) private readonly log: PinoLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    try {
      await this.reload.seedShipped();
    } catch (error) {
      this.log.warn({ err: error }, 'shipped vocabulary not seeded; will tag with it anyway');
    }
    await this.tick(true);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.inFlight = this.inFlight.then(() => this.tick(false));
    }, this.config.vocabularyRefreshMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.inFlight;
  }

  private async tick(force: boolean): Promise<void> {
    try {
      const outcome = await this.reload.execute(force);
      if (!outcome.reloaded) return;
      this.metrics.record(outcome);
      this.log.info(outcome, 'vocabulary reloaded');
    } catch (error) {
      this.metrics.failures.inc();
      this.log.error({ err: error }, 'vocabulary reload failed; keeping the current snapshot');
    }
  }
}
