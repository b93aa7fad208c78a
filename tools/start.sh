#!/usr/bin/env bash
# `npm start`: set-up, then the whole pipeline and a local demo source (or NEWSFLOW_FEEDS) until Ctrl-C.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/setup.sh
exec npx tsx tools/pipeline/src/run-pipeline.ts
