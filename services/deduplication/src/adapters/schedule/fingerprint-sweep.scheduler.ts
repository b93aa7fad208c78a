import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import { DEDUPLICATION_CONFIG, type DeduplicationConfig } from '../../config/deduplication.config';
import { SweepFingerprintsUseCase } from '../../use-cases/sweep-fingerprints.use-case';

/** Runs the fingerprint sweep every interval; the use case's lease keeps it to one instance. */
@Injectable()
export class FingerprintSweepScheduler
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly owner = `${hostname()}:${process.pid}`;

  constructor(
    private readonly sweep: SweepFingerprintsUseCase,
    @Inject(DEDUPLICATION_CONFIG) private readonly config: DeduplicationConfig,
    @InjectPinoLogger(FingerprintSweepScheduler.name) private readonly log: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.inFlight = this.inFlight.then(() => this.tick());
    }, this.config.nearDuplicates.sweepIntervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.inFlight;
  }

  private async tick(): Promise<void> {
    try {
      const deleted = await this.sweep.execute(this.owner, new Date());
      if (deleted !== null) this.log.info({ deleted }, 'fingerprints swept');
    } catch (error) {
      this.log.error({ err: error }, 'fingerprint sweep failed');
    }
  }
}
