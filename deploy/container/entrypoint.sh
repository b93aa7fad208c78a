#!/bin/sh
# Starts one Newsflow service from the compiled tree: SERVICE picks which.
# With arguments, runs them instead (e.g. the topic job:
#   node tools/run-built.cjs dist/tools/infra/src/create-topics.js).
set -eu

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

case "${SERVICE:-}" in
  feed-ingestion | deduplication | entity-tagging | publishing | read-api) ;;
  *)
    echo "newsflow: set SERVICE to one of feed-ingestion, deduplication, entity-tagging, publishing, read-api (got '${SERVICE:-}')" >&2
    exit 64
    ;;
esac

# exec: node becomes PID 1 and receives SIGTERM itself (the services drain on it).
exec node tools/run-built.cjs "dist/services/${SERVICE}/src/main.js"
