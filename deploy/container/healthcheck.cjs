// Container HEALTHCHECK (Docker, compose): exits 0 when GET /health/ready answers 200.
// Kubernetes ignores it and uses the probes in deploy/kubernetes instead.
'use strict';

const DEFAULT_PORTS = {
  'read-api': 3000,
  'feed-ingestion': 3001,
  deduplication: 3002,
  'entity-tagging': 3003,
  publishing: 3004,
};

const port = process.env.HTTP_PORT || DEFAULT_PORTS[process.env.SERVICE || ''];
if (!port) {
  console.error('healthcheck: neither HTTP_PORT nor a known SERVICE is set');
  process.exit(1);
}

fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(4000) })
  .then((response) => process.exit(response.status === 200 ? 0 : 1))
  .catch((error) => {
    console.error(`healthcheck: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
