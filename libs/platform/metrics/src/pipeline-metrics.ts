import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The metrics every service exposes. One registry per process, so tests that build several
 * services in one process do not collide on metric names.
 */
export class PipelineMetrics {
  readonly registry = new Registry();

  readonly messagesHandled = new Counter({
    name: 'newsflow_messages_handled_total',
    help: 'Kafka messages handled, by topic and outcome (ok, retried, dead_lettered, invalid).',
    labelNames: ['topic', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly handleDuration = new Histogram({
    name: 'newsflow_message_handle_seconds',
    help: 'Time to handle one Kafka message, including retries.',
    labelNames: ['topic'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly eventsPublished = new Counter({
    name: 'newsflow_events_published_total',
    help: 'Events produced, by topic.',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  /** Business outcomes per stage (ingested, duplicate, published…), for progress and dashboards. */
  readonly articles = new Counter({
    name: 'newsflow_articles_total',
    help: 'Articles by pipeline stage and outcome.',
    labelNames: ['stage', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(serviceName: string) {
    this.registry.setDefaultLabels({ service: serviceName });
    collectDefaultMetrics({ register: this.registry, prefix: 'newsflow_' });
  }
}
