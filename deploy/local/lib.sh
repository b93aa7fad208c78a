#!/usr/bin/env bash
# Shared settings for the local infrastructure scripts. Sourced, never run.
# Downloads are cached under NEWSFLOW_CACHE_DIR; data, logs and pid files live under
# NEWSFLOW_STATE_DIR. Both are outside the repository.
set -euo pipefail

NEWSFLOW_CACHE_DIR="${NEWSFLOW_CACHE_DIR:-$HOME/.cache/newsflow}"
NEWSFLOW_STATE_DIR="${NEWSFLOW_STATE_DIR:-$HOME/.local/share/newsflow}"
KAFKA_VERSION="4.1.1"
FERRETDB_VERSION="v1.24.2"
LOCAL_KAFKA_PORT="${LOCAL_KAFKA_PORT:-9092}"
LOCAL_KAFKA_CONTROLLER_PORT="${LOCAL_KAFKA_CONTROLLER_PORT:-9093}"
LOCAL_MONGO_PORT="${LOCAL_MONGO_PORT:-27017}"
LOCAL_FERRETDB_DEBUG_PORT="${LOCAL_FERRETDB_DEBUG_PORT:-27018}"
LOCAL_POSTGRES_PORT="${LOCAL_POSTGRES_PORT:-27019}"

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$NEWSFLOW_CACHE_DIR" "$NEWSFLOW_STATE_DIR/logs" "$NEWSFLOW_STATE_DIR/run"

log() { printf '[infra] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() {
  local pidfile="$1"
  [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# wait_for <seconds> <description> <command...>: polls until the command succeeds;
# a command exit code of 2 means "will never succeed" and fails at once.
wait_for() {
  local timeout="$1" what="$2"
  shift 2
  local deadline=$((SECONDS + timeout)) rc
  while true; do
    rc=0
    "$@" || rc=$?
    ((rc == 0)) && return 0
    if ((rc == 2)); then
      log "gave up waiting for $what"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "timed out after ${timeout}s waiting for $what"
      return 1
    fi
    sleep 0.5
  done
}

# stop_pidfile <pidfile> <name>: STOP_SIGNAL (default TERM), wait, then KILL; only ever touches a process we started.
stop_pidfile() {
  local pidfile="$1" name="$2"
  if ! pid_alive "$pidfile"; then
    rm -f "$pidfile"
    log "$name: not running (nothing started by us)"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  kill "-${STOP_SIGNAL:-TERM}" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name: did not stop in 30s, killing"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  log "$name: stopped"
}
