import type { PipelineMetrics } from '@newsflow/platform-metrics';
import { Counter, Histogram } from 'prom-client';

// Each host label is a time series: beyond this many, hosts are counted under 'other' so that a
// crawl of thousands of sites cannot blow up Prometheus.
const MAX_HOST_LABELS = 500;

/** Politeness metrics, registered on the service's one registry (served at /metrics). */
export class PolitenessMetrics {
  private readonly hosts = new Set<string>();

  readonly requests: Counter<'host' | 'purpose' | 'outcome'>;
  readonly hostWait: Histogram<'purpose'>;
  readonly robotsDenials: Counter<'host' | 'kind'>;

  constructor(metrics: PipelineMetrics) {
    const registers = [metrics.registry];
    this.requests = new Counter({
      name: 'newsflow_fetch_requests_total',
      help: 'Outbound requests by host, purpose (robots, document) and outcome (ok, not-modified, http-4xx, timeout…).',
      labelNames: ['host', 'purpose', 'outcome'] as const,
      registers,
    });
    this.hostWait = new Histogram({
      name: 'newsflow_fetch_host_wait_seconds',
      help: "Time a request waited for its host's turn (concurrency slot and spacing) before starting.",
      labelNames: ['purpose'] as const,
      buckets: [0.01, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
      registers,
    });
    this.robotsDenials = new Counter({
      name: 'newsflow_fetch_robots_denials_total',
      help: 'URLs not fetched because of robots.txt, by host and kind (robots-disallowed, robots-unreachable).',
      labelNames: ['host', 'kind'] as const,
      registers,
    });
  }

  /** The host as a label value, or 'other' once MAX_HOST_LABELS distinct hosts have been seen. */
  hostLabel(host: string): string {
    if (this.hosts.has(host)) return host;
    if (this.hosts.size >= MAX_HOST_LABELS) return 'other';
    this.hosts.add(host);
    return host;
  }
}
