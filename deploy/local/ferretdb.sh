#!/usr/bin/env bash
# A MongoDB-wire server on 127.0.0.1: FerretDB v1 built from the Go module proxy, storing in
# PostgreSQL (postgres.sh; indexed lookups) or, with NEWSFLOW_STORE_BACKEND=sqlite, in SQLite files
# (no server to run, but every read scans its collection).
# Usage: ferretdb.sh up|down|status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FERRETDB_BIN="$NEWSFLOW_CACHE_DIR/ferretdb-$FERRETDB_VERSION/ferretdb"
FERRETDB_DATA="$NEWSFLOW_STATE_DIR/ferretdb/data"
FERRETDB_STATE="$NEWSFLOW_STATE_DIR/ferretdb/state"
FERRETDB_PID="$NEWSFLOW_STATE_DIR/run/ferretdb.pid"
FERRETDB_LOG="$NEWSFLOW_STATE_DIR/logs/ferretdb.log"
NEWSFLOW_STORE_BACKEND="${NEWSFLOW_STORE_BACKEND:-postgresql}"
case "$NEWSFLOW_STORE_BACKEND" in
  postgresql | sqlite) ;;
  *) log "ferretdb: NEWSFLOW_STORE_BACKEND must be postgresql or sqlite, not '$NEWSFLOW_STORE_BACKEND'"; exit 2 ;;
esac

build_binary() {
  if [[ -x "$FERRETDB_BIN" ]]; then return 0; fi
  log "ferretdb: building github.com/FerretDB/FerretDB/cmd/ferretdb@$FERRETDB_VERSION (first run only, ~2 min)"
  # `go install pkg@version` builds a binary that panics at start: the module zip lacks the
  # generated build/version/version.txt. So build from a writable copy of the module with
  # that one file written, exactly as FerretDB's own `task gen-version` would.
  local src build
  src="$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [[ -d "$src" ]] || { log "ferretdb: could not download the module"; return 1; }
  build="$(mktemp -d)"
  cp -r "$src/." "$build/"
  chmod -R u+w "$build"
  echo "$FERRETDB_VERSION" >"$build/build/version/version.txt"
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  (cd "$build" && GOFLAGS=-mod=mod go build -trimpath -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb)
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  rm -rf "$build"
}

ferretdb_answers() {
  pid_alive "$FERRETDB_PID" || { log "ferretdb: process exited"; return 2; }
  port_open "$LOCAL_MONGO_PORT"
}

up() {
  if [[ -n "${MONGODB_URI:-}" ]]; then
    log "ferretdb: MONGODB_URI is set, starting nothing"
    return 0
  fi
  if pid_alive "$FERRETDB_PID"; then
    log "ferretdb: already running (pid $(cat "$FERRETDB_PID")) on 127.0.0.1:$LOCAL_MONGO_PORT"
    return 0
  fi
  if port_open "$LOCAL_MONGO_PORT"; then
    log "ferretdb: something already listens on 127.0.0.1:$LOCAL_MONGO_PORT; using it, starting nothing"
    return 0
  fi
  build_binary
  mkdir -p "$FERRETDB_DATA" "$FERRETDB_STATE"
  local -a backend
  if [[ "$NEWSFLOW_STORE_BACKEND" == postgresql ]]; then
    bash "$LOCAL_DIR/postgres.sh" up
    backend=(--handler=postgresql --postgresql-url="postgres://postgres@127.0.0.1:$LOCAL_POSTGRES_PORT/ferretdb")
  else
    # WAL with synchronous(normal): no fsync per commit (inserts ~40 % faster here); only a power
    # cut can lose the last commits. Local development and tests only.
    backend=(--handler=sqlite --sqlite-url="file:$FERRETDB_DATA/?_pragma=synchronous(normal)")
  fi
  log "ferretdb: starting $FERRETDB_VERSION on 127.0.0.1:$LOCAL_MONGO_PORT over $NEWSFLOW_STORE_BACKEND (log: $FERRETDB_LOG)"
  setsid "$FERRETDB_BIN" "${backend[@]}" \
    --state-dir="$FERRETDB_STATE" --listen-addr="127.0.0.1:$LOCAL_MONGO_PORT" \
    --debug-addr="127.0.0.1:$LOCAL_FERRETDB_DEBUG_PORT" --telemetry=disable \
    --log-level=warn >>"$FERRETDB_LOG" 2>&1 </dev/null &
  echo $! >"$FERRETDB_PID"
  wait_for 60 "ferretdb on 127.0.0.1:$LOCAL_MONGO_PORT" ferretdb_answers || {
    tail -n 40 "$FERRETDB_LOG" >&2
    return 1
  }
}

status() {
  if [[ -n "${MONGODB_URI:-}" ]]; then
    echo "store: external (MONGODB_URI is set)"
  elif pid_alive "$FERRETDB_PID"; then
    echo "store: ferretdb running over $NEWSFLOW_STORE_BACKEND, pid $(cat "$FERRETDB_PID"), 127.0.0.1:$LOCAL_MONGO_PORT"
  elif port_open "$LOCAL_MONGO_PORT"; then
    echo "store: something not started by us listens on 127.0.0.1:$LOCAL_MONGO_PORT"
  else
    echo "store: stopped"
  fi
}

case "${1:-}" in
  up) up ;;
  down)
    stop_pidfile "$FERRETDB_PID" ferretdb
    bash "$LOCAL_DIR/postgres.sh" down
    ;;
  status)
    status
    if [[ "$NEWSFLOW_STORE_BACKEND" == postgresql ]]; then bash "$LOCAL_DIR/postgres.sh" status; fi
    ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
