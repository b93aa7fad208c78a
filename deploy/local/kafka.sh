#!/usr/bin/env bash
# One Apache Kafka node (KRaft, broker + controller) on 127.0.0.1, resolved from Maven Central.
# Usage: kafka.sh up|down|status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_LIBS="$NEWSFLOW_CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_DATA="$NEWSFLOW_STATE_DIR/kafka/data"
KAFKA_CONF="$NEWSFLOW_STATE_DIR/kafka/server.properties"
KAFKA_PID="$NEWSFLOW_STATE_DIR/run/kafka.pid"
KAFKA_LOG="$NEWSFLOW_STATE_DIR/logs/kafka.out"

resolve_jars() {
  if [[ -f "$KAFKA_LIBS/.complete" ]]; then return 0; fi
  log "kafka: resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION from Maven Central (cached in ~/.m2 and $KAFKA_LIBS)"
  rm -rf "$KAFKA_LIBS"
  mvn -q -B -f "$LOCAL_DIR/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DoutputDirectory="$KAFKA_LIBS" -DincludeScope=runtime
  touch "$KAFKA_LIBS/.complete"
}

write_config() {
  mkdir -p "$KAFKA_DATA"
  cat >"$KAFKA_CONF" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$LOCAL_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$LOCAL_KAFKA_PORT,CONTROLLER://127.0.0.1:$LOCAL_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$LOCAL_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DATA
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=168
PROPS
}

format_storage() {
  if [[ -f "$KAFKA_DATA/meta.properties" ]]; then return 0; fi
  local cluster_id
  cluster_id="$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
  log "kafka: formatting KRaft storage (cluster $cluster_id)"
  java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_CONF" >>"$KAFKA_LOG" 2>&1
}

kafka_answers() {
  pid_alive "$KAFKA_PID" || { log "kafka: process exited"; return 2; }
  port_open "$LOCAL_KAFKA_PORT"
}

up() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    log "kafka: KAFKA_BROKERS=$KAFKA_BROKERS is set, starting nothing"
    return 0
  fi
  if pid_alive "$KAFKA_PID"; then
    log "kafka: already running (pid $(cat "$KAFKA_PID")) on 127.0.0.1:$LOCAL_KAFKA_PORT"
    return 0
  fi
  if port_open "$LOCAL_KAFKA_PORT"; then
    log "kafka: something already listens on 127.0.0.1:$LOCAL_KAFKA_PORT; using it, starting nothing"
    return 0
  fi
  resolve_jars
  write_config
  format_storage
  log "kafka: starting $KAFKA_VERSION on 127.0.0.1:$LOCAL_KAFKA_PORT (log: $KAFKA_LOG)"
  # setsid: the broker must outlive the shell that started it and not receive its Ctrl-C.
  setsid java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" \
    -Dkafka.logs.dir="$NEWSFLOW_STATE_DIR/logs" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONF" >>"$KAFKA_LOG" 2>&1 </dev/null &
  echo $! >"$KAFKA_PID"
  wait_for 90 "kafka on 127.0.0.1:$LOCAL_KAFKA_PORT" kafka_answers || {
    tail -n 40 "$KAFKA_LOG" >&2
    return 1
  }
}

status() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    echo "kafka: external ($KAFKA_BROKERS)"
  elif pid_alive "$KAFKA_PID"; then
    echo "kafka: running, pid $(cat "$KAFKA_PID"), 127.0.0.1:$LOCAL_KAFKA_PORT, data $KAFKA_DATA"
  elif port_open "$LOCAL_KAFKA_PORT"; then
    echo "kafka: something not started by us listens on 127.0.0.1:$LOCAL_KAFKA_PORT"
  else
    echo "kafka: stopped"
  fi
}

case "${1:-}" in
  up) up ;;
  down) stop_pidfile "$KAFKA_PID" kafka ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
