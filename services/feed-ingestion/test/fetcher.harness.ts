import { Writable } from 'node:stream';
import { PinoLogger } from '@newsflow/platform-logging';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { HttpDocumentFetcher } from '../src/adapters/http/http-document.fetcher';
import { HostPolitenessClient } from '../src/adapters/politeness/host-politeness.client';
import { loadFeedIngestionConfig } from '../src/config/feed-ingestion.config';
import { FetchFailure } from '../src/ports/document.fetcher';

/** The fetcher adapter wired as the service wires it, with its logs and metrics observable. */
export interface FetcherHarness {
  readonly fetcher: HttpDocumentFetcher;
  readonly client: HostPolitenessClient;
  readonly metrics: PipelineMetrics;
  /** Parsed JSON log lines written so far. */
  readonly logs: Record<string, unknown>[];
  close(): Promise<void>;
}

// nestjs-pino keeps one out-of-context logger per process: every harness in a test file shares
// this sink.
const logs: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  },
});

export function startFetcher(env: Record<string, string>): FetcherHarness {
  const config = loadFeedIngestionConfig({ LOG_LEVEL: 'silent', ...env });
  const metrics = new PipelineMetrics('feed-ingestion');
  const logger = new PinoLogger({ pinoHttp: [{ level: 'info' }, sink] });
  const client = new HostPolitenessClient(config, metrics, logger);
  const fetcher = new HttpDocumentFetcher(config, client);
  return { fetcher, client, metrics, logs, close: () => client.onApplicationShutdown() };
}

/** The FetchFailure a fetch ended with; fails the test if it succeeded. */
export async function fetchFailure(work: Promise<unknown>): Promise<FetchFailure> {
  try {
    await work;
  } catch (error) {
    if (error instanceof FetchFailure) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}
