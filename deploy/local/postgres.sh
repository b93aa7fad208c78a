#!/usr/bin/env bash
# PostgreSQL on 127.0.0.1 as FerretDB's storage, from Debian's postgresql package.
# Usage: postgres.sh up|down|status
#
# FerretDB v1 pushes an equality filter down as `_jsonb->'field' @> value`, which its own btree
# indexes cannot serve, so every lookup scanned the collection (measured: findOne by _id 5 ms at
# 10,000 documents, 80 ms at 400,000). An event trigger gives every index FerretDB creates on a
# field a GIN (jsonb_path_ops) twin that does serve `@>`: 1.1 ms at 400,000. Custom plans are
# forced because FerretDB passes the field name as a parameter, and only a plan made with the
# value bound matches the indexed expression.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PID="$NEWSFLOW_STATE_DIR/run/postgres.pid"
PG_LOG="$NEWSFLOW_STATE_DIR/logs/postgres.log"
# The server refuses to run as root; as root it runs as the package's `postgres` user, whose data
# cannot live under root's private home.
if ((EUID == 0)); then
  PG_USER=postgres
  PG_DATA="${NEWSFLOW_PG_DATA:-/var/lib/postgresql/newsflow}"
else
  PG_USER="$(id -un)"
  PG_DATA="${NEWSFLOW_PG_DATA:-$NEWSFLOW_STATE_DIR/postgres}"
fi

pg_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -z "$dir" ]] && ((EUID == 0)) && command -v apt-get >/dev/null; then
    log "postgres: installing Debian's postgresql package (first run only)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2 ||
      { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2; }
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  fi
  [[ -n "$dir" ]] || { log "postgres: no server in /usr/lib/postgresql/*/bin; install Debian's postgresql package"; return 1; }
  echo "$dir"
}

AS_PG_USER=()
((EUID == 0)) && AS_PG_USER=(setpriv --reuid="$PG_USER" --regid="$PG_USER" --init-groups --)

psql_local() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$LOCAL_POSTGRES_PORT" -U postgres "$@"; }

postgres_answers() {
  pid_alive "$PG_PID" || { log "postgres: process exited"; return 2; }
  # psql exits 2 when it cannot connect yet, which wait_for would take for "never".
  psql_local -d postgres -c 'select 1' >/dev/null 2>&1 || return 1
}

install_gin_twins() {
  psql_local -d postgres -tc "select 1 from pg_database where datname = 'ferretdb'" | grep -q 1 ||
    psql_local -d postgres -c 'create database ferretdb'
  psql_local -d ferretdb <<'SQL'
SET client_min_messages = warning;
-- For a btree index on FerretDB's `_jsonb -> 'field'` expressions, a GIN twin per expression.
CREATE OR REPLACE FUNCTION newsflow_gin_twin(idx regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tbl regclass;
  method text;
  keys int;
  expr text;
BEGIN
  SELECT i.indrelid::regclass, a.amname, i.indnkeyatts INTO tbl, method, keys
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
    WHERE i.indexrelid = idx;
  IF method IS DISTINCT FROM 'btree' THEN RETURN; END IF;
  FOR k IN 1..keys LOOP
    expr := pg_get_indexdef(idx, k, true);
    IF expr ~ '^\(?_jsonb -> ''[^'']+''::text\)?$' THEN
      EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((%s) jsonb_path_ops)',
        'nf_gin_' || md5(tbl::text || expr), tbl, expr);
    END IF;
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION newsflow_on_create_index() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE object_type = 'index' LOOP
    PERFORM newsflow_gin_twin(r.objid::regclass);
  END LOOP;
END $$;

DROP EVENT TRIGGER IF EXISTS newsflow_gin_twins;
CREATE EVENT TRIGGER newsflow_gin_twins ON ddl_command_end WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION newsflow_on_create_index();

-- Indexes made before the trigger existed.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT i.indexrelid FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') LOOP
    PERFORM newsflow_gin_twin(r.indexrelid::regclass);
  END LOOP;
END $$;
SQL
}

up() {
  if pid_alive "$PG_PID"; then
    log "postgres: already running (pid $(cat "$PG_PID")) on 127.0.0.1:$LOCAL_POSTGRES_PORT"
    install_gin_twins
    return 0
  fi
  if port_open "$LOCAL_POSTGRES_PORT"; then
    log "postgres: something not started by us listens on 127.0.0.1:$LOCAL_POSTGRES_PORT; set LOCAL_POSTGRES_PORT"
    return 1
  fi
  local bindir
  bindir="$(pg_bindir)"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    log "postgres: initialising a cluster in $PG_DATA"
    mkdir -p "$PG_DATA"
    ((EUID == 0)) && chown "$PG_USER:" "$PG_DATA"
    chmod 700 "$PG_DATA"
    "${AS_PG_USER[@]}" "$bindir/initdb" -D "$PG_DATA" -U postgres -A trust --encoding=UTF8 --locale=C >/dev/null
  fi
  log "postgres: starting on 127.0.0.1:$LOCAL_POSTGRES_PORT (log: $PG_LOG)"
  # synchronous_commit=off: a crash loses the last commits, never consistency. Local use only.
  setsid "${AS_PG_USER[@]}" "$bindir/postgres" -D "$PG_DATA" -p "$LOCAL_POSTGRES_PORT" -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories= -c synchronous_commit=off -c plan_cache_mode=force_custom_plan \
    -c shared_buffers=512MB -c max_connections=300 >>"$PG_LOG" 2>&1 </dev/null &
  echo $! >"$PG_PID"
  wait_for 60 "postgres on 127.0.0.1:$LOCAL_POSTGRES_PORT" postgres_answers || {
    tail -n 40 "$PG_LOG" >&2
    return 1
  }
  install_gin_twins
}

status() {
  if pid_alive "$PG_PID"; then
    echo "postgres: running, pid $(cat "$PG_PID"), 127.0.0.1:$LOCAL_POSTGRES_PORT, data $PG_DATA"
  else
    echo "postgres: stopped"
  fi
}

case "${1:-}" in
  up) up ;;
  # SIGINT is PostgreSQL's fast shutdown: clients are disconnected, the cluster is left clean.
  down) STOP_SIGNAL=INT stop_pidfile "$PG_PID" postgres ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
