#!/usr/bin/env bash
# Idempotent set-up shared by `npm start` and `npm test`: dependencies, local infrastructure, build.
# Safe to run any number of times; each step is skipped when already done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error(`Node >= 20.19 is required (found ${process.versions.node})`); process.exit(1); }'

# npm ci only when the lockfile changed since the last install (npm writes node_modules/.package-lock.json).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "[setup] installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi

npm run --silent infra:up

echo "[setup] building services (tsc)" >&2
npm run --silent build
