// `npm start`: the five services as processes on local infrastructure, fed by the demo source
// (or NEWSFLOW_FEEDS), with a progress line, until Ctrl-C stops everything cleanly.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_NAMES, ServiceProcess, type ServiceName } from './service-process';
import { startDemoSource, type DemoSource } from '@newsflow/demo-source';
import { demoApiKey } from './demo-api-key';
import { formatProgress, readArticleCounters } from './progress-line';

const rootDir = path.resolve(__dirname, '../../..');
const stateDir = process.env.NEWSFLOW_STATE_DIR ?? path.join(os.homedir(), '.local/share/newsflow');
const logDir = path.join(stateDir, 'logs');
const PORTS: Record<ServiceName, number> = {
  'read-api': 3000,
  'feed-ingestion': 3001,
  deduplication: 3002,
  'entity-tagging': 3003,
  publishing: 3004,
};

async function main(): Promise<void> {
  const apiKey = demoApiKey(stateDir);
  let demo: DemoSource | null = null;
  let feeds = process.env.NEWSFLOW_FEEDS ?? '';
  if (!feeds) {
    demo = await startDemoSource({ port: 8700 });
    feeds = demo.feedUrl;
  }
  const env: Record<string, string> = {
    FEED_URLS: feeds,
    FEED_POLL_INTERVAL_SECONDS: process.env.FEED_POLL_INTERVAL_SECONDS ?? (demo ? '30' : '300'),
    // The demo source is on loopback, which the SSRF guard refuses unless allowed explicitly.
    ...(demo && { FETCH_ALLOWED_ADDRESSES: '127.0.0.1' }),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    READ_API_BOOTSTRAP_ADMIN_KEY: apiKey,
  };
  const services = SERVICE_NAMES.map(
    (name) => new ServiceProcess({ name, port: PORTS[name], env, rootDir, logDir }),
  );
  let stopping = false;
  const stop = async (code: number): Promise<never> => {
    if (stopping) process.exit(code);
    stopping = true;
    console.log('\nstopping services (they finish in-flight work and commit)…');
    const codes = await Promise.all(services.map((service) => service.stop('SIGTERM')));
    console.log(`services stopped (exit codes ${codes.join(', ')})`);
    await demo?.close();
    if (process.env.NEWSFLOW_KEEP_INFRA !== '1')
      execFileSync('bash', ['deploy/local/infra.sh', 'down'], { cwd: rootDir, stdio: 'inherit' });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  for (const service of services) service.start();
  try {
    await Promise.all(services.map((service) => service.waitReady(90_000)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }

  console.log(`
Newsflow is running. Logs: ${logDir}/<service>.log
  feeds polled:   ${feeds}
  read API:       http://127.0.0.1:3000/v1/articles   (OpenAPI: http://127.0.0.1:3000/docs)
  API key:        ${apiKey}   (admin; also in ${stateDir}/demo-api-key)
  push articles:  POST http://127.0.0.1:3001/v1/articles  (or: npm run newsflow -- ingest <file-or-url>)
  health/metrics: http://127.0.0.1:300[0-4]/health/ready, /metrics
Try:
  export NEWSFLOW_API_KEY=${apiKey}
  curl -s -H "Authorization: Bearer $NEWSFLOW_API_KEY" 'http://127.0.0.1:3000/v1/articles?limit=5'
  curl -s -H "Authorization: Bearer $NEWSFLOW_API_KEY" 'http://127.0.0.1:3000/v1/articles?entity=wikidata:Q7817'   (World Health Organization)
  curl -s -H "Authorization: Bearer $NEWSFLOW_API_KEY" 'http://127.0.0.1:3000/v1/articles?entity=chad'
Ctrl-C stops everything.
`);
  let last = '';
  for (;;) {
    const counters = new Map<string, number>();
    for (const service of services) {
      try {
        const text = await (await fetch(`${service.url}/metrics`)).text();
        for (const [key, value] of readArticleCounters(text))
          counters.set(key, (counters.get(key) ?? 0) + value);
      } catch {
        // A service between restarts has no metrics; the next round will.
      }
    }
    const line = formatProgress(counters);
    if (line !== last) console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
    last = line;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
