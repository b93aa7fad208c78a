import { Injectable } from '@nestjs/common';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { Counter, Gauge } from 'prom-client';
import type { ReloadOutcome } from '../../use-cases/reload-vocabulary.use-case';

/** What the vocabulary reloads did, on the service's /metrics. */
@Injectable()
export class VocabularyMetrics {
  readonly reloads: Counter;
  readonly failures: Counter;
  private readonly revision: Gauge;
  private readonly sizes: Gauge<'kind'>;

  constructor(metrics: PipelineMetrics) {
    const registers = [metrics.registry];
    this.reloads = new Counter({
      name: 'newsflow_vocabulary_reloads_total',
      help: 'Vocabulary snapshots rebuilt after an operator change (and at start-up).',
      registers,
    });
    this.failures = new Counter({
      name: 'newsflow_vocabulary_reload_failures_total',
      help: 'Vocabulary checks or reloads that failed; the previous snapshot stayed in force.',
      registers,
    });
    this.revision = new Gauge({
      name: 'newsflow_vocabulary_revision',
      help: 'Change revision of the vocabulary snapshot in force.',
      registers,
    });
    this.sizes = new Gauge({
      name: 'newsflow_vocabulary_entities',
      help: 'Entities in the snapshot in force, by kind (entries, blocked, merged, invalid).',
      labelNames: ['kind'] as const,
      registers,
    });
  }

  record(outcome: ReloadOutcome): void {
    this.reloads.inc();
    this.revision.set(outcome.revision);
    for (const kind of ['entries', 'blocked', 'merged', 'invalid'] as const) {
      this.sizes.set({ kind }, outcome[kind]);
    }
  }
}
