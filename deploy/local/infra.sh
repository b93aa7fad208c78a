#!/usr/bin/env bash
# Local infrastructure for Newsflow: Kafka and a MongoDB-wire store on 127.0.0.1, and the topics.
# Starts only what KAFKA_BROKERS / MONGODB_URI do not already point at. Idempotent.
# Usage: infra.sh up|down|status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
REPO_DIR="$(cd "$LOCAL_DIR/../.." && pwd)"

case "${1:-}" in
  up)
    bash "$LOCAL_DIR/kafka.sh" up
    bash "$LOCAL_DIR/ferretdb.sh" up
    (cd "$REPO_DIR" && npx tsx tools/infra/src/wait-for-store.ts && npx tsx tools/infra/src/create-topics.ts)
    ;;
  down)
    bash "$LOCAL_DIR/kafka.sh" down
    bash "$LOCAL_DIR/ferretdb.sh" down
    ;;
  status)
    bash "$LOCAL_DIR/kafka.sh" status
    bash "$LOCAL_DIR/ferretdb.sh" status
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
