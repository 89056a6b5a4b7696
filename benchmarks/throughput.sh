#!/usr/bin/env bash
# Issue 19, item 1: how fast the consuming services work off a backlog. Run by hand, never by the tests.
#
#   benchmarks/throughput.sh [--weeks N] [--keep]
#
# A fresh broker (port 19092, data in a temp dir) and fresh databases (tpbench_*: on 127.0.0.1:5432 if a server is
# there, else an embedded one on 15433 in the temp dir); directory-service with the sample municipality first (port
# 18081), until its units and employees are on their topics; then pbx-simulator fills the broker with N simulated
# weeks (default 4; the last N weeks whose deadlines have all passed) and its closing heartbeats; then
# availability-, callback- and compliance-service (18082-18084) start at once on their default settings and
# ThroughputDrain (benchmarks.jar) times the drain per consumer group and end to end, samples CPU and RSS per
# process (and the PostgreSQL server's CPU) and reads pg_stat_database before and after. Last, pbx-simulator
# compares each unit's report with its own expectation. Prints a table and, last,
#   THROUGHPUT end_to_end_events_per_s=<n> p99_ms_at_500=<n|n/a> max_rss_mb=<n>
# Ports other than run-local.sh's, so it runs beside a local run. Needs the packaged jars
# (./mvnw -B -q package -DskipTests) and a JDK 17. --keep keeps the temp dir (logs, broker, embedded database).
# The paced mode (--paced 100,500: p50/p99 from send to task visible over REST) is not built yet: see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

WEEKS=4
KEEP=false
KAFKA_PORT=19092
EMBEDDED_PG_PORT=15433
CONSUMERS=(availability callback compliance)
declare -A PORT=([directory]=18081 [availability]=18082 [callback]=18083 [compliance]=18084)
READY_TIMEOUT=120

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --weeks) WEEKS=${2:?--weeks needs a number}; shift 2 ;;
    --keep) KEEP=true; shift ;;
    --paced) die "the paced mode is not built yet (benchmarks/README.md, 'Throughput')" ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown argument: $1 (try --help)" ;;
  esac
done
[[ "$WEEKS" =~ ^[1-9][0-9]*$ ]] || die "--weeks needs a whole number >= 1"

jar_of() { ls "$ROOT/$1"/target/"$1"-*.jar 2>/dev/null | grep -v -- '-sources\|-tests' | head -1; }
for m in kafka-broker local-postgres pbx-simulator; do
  [ -n "$(jar_of $m)" ] || die "no $m/target/$m-*.jar: build first (./mvnw -B -q package -DskipTests)"
done
for s in directory "${CONSUMERS[@]}"; do
  [ -f "$ROOT/$s-service/target/quarkus-app/quarkus-run.jar" ] || die "no $s-service/target/quarkus-app/quarkus-run.jar: build first"
done
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
[ -f "$BENCH_JAR" ] || die "no benchmarks/target/benchmarks.jar: build first"
for port in "$KAFKA_PORT" "${PORT[@]}"; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "port $port is taken: another throughput run?"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/telefonpolicy-throughput.XXXXXX")
LOG_DIR="$WORK/logs"
mkdir -p "$LOG_DIR"
drain_tool() { java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$BENCH_JAR" se.telefonpolicy.benchmarks.ThroughputDrain "$@"; }

# --- stop what this script started, by pid: services first, then PostgreSQL, last the broker --------------------
SERVICE_PIDS=()
POSTGRES_PID=""
KAFKA_PID=""
declare -A NAME_OF=()
stopping=false
stop_processes() { # seconds pid...
  local limit=$1 pid end
  shift
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  end=$((SECONDS + limit))
  for pid in "$@"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $end ]; do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "${NAME_OF[$pid]:-$pid} did not stop within ${limit}s; kill -9"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}
stop_all() {
  $stopping && return
  stopping=true
  trap - INT TERM
  say "Stopping..."
  ((${#SERVICE_PIDS[@]})) && stop_processes 35 "${SERVICE_PIDS[@]}"
  [ -n "$POSTGRES_PID" ] && stop_processes 30 "$POSTGRES_PID"
  [ -n "$KAFKA_PID" ] && stop_processes 30 "$KAFKA_PID"
  wait 2>/dev/null || true
  if $KEEP || [ "${OK:-false}" != true ]; then say "Kept: $WORK (logs in $LOG_DIR)"; else rm -rf "$WORK"; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

wait_for_line() { # file pattern seconds pid
  local end=$((SECONDS + $3))
  until grep -q "$2" "$1" 2>/dev/null; do
    kill -0 "$4" 2>/dev/null || { tail -20 "$1" >&2; return 1; }
    [ $SECONDS -lt $end ] || return 1
    sleep 0.3
  done
}
http_status() { # port path -> HTTP status code, with bash's own TCP
  local reply
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
  read -r -t 5 reply <&3 || reply=""
  exec 3<&- 3>&-
  echo "$reply" | awk '{print $2}'
}
await_ready() { # service
  local started=$SECONDS
  until [ "$(http_status "${PORT[$1]}" /q/health/ready)" = "200" ]; do
    [ $((SECONDS - started)) -lt $READY_TIMEOUT ] || die "$1-service not ready within ${READY_TIMEOUT}s; see $LOG_DIR/$1-service.log"
    sleep 0.5
  done
}

# --- broker and databases, fresh ------------------------------------------------------------------------------
say "Kafka on $KAFKA_PORT, data in $WORK/kafka"
java -Xms64m -Xmx512m -jar "$(jar_of kafka-broker)" --data-dir "$WORK/kafka" --port "$KAFKA_PORT" > "$LOG_DIR/kafka.log" 2>&1 &
KAFKA_PID=$!; NAME_OF[$!]=kafka
wait_for_line "$LOG_DIR/kafka.log" "Kafka ready" 60 "$KAFKA_PID" || die "Kafka did not start; see $LOG_DIR/kafka.log"

DATABASES=(tpbench_directory tpbench_availability tpbench_callback tpbench_compliance)
java -Xms32m -Xmx128m -jar "$(jar_of local-postgres)" --data-dir "$WORK/postgres" --port "$EMBEDDED_PG_PORT" --fresh \
  "${DATABASES[@]}" > "$LOG_DIR/postgres.log" 2>&1 &
POSTGRES_PID=$!; NAME_OF[$!]=local-postgres
wait_for_line "$LOG_DIR/postgres.log" "POSTGRES_READY" 120 "$POSTGRES_PID" || die "no PostgreSQL; see $LOG_DIR/postgres.log"
pg_value() { grep "^$1=" "$LOG_DIR/postgres.log" | head -1 | cut -d= -f2-; }
db_url() { pg_value "POSTGRES_URL_TPBENCH_$(echo "$1" | tr a-z A-Z)"; }
export TELEFONPOLICY_DB_USER TELEFONPOLICY_DB_PASSWORD
TELEFONPOLICY_DB_USER=$(pg_value POSTGRES_USER)
TELEFONPOLICY_DB_PASSWORD=$(pg_value POSTGRES_PASSWORD)
say "PostgreSQL: $(pg_value POSTGRES_ORIGIN), fresh databases ${DATABASES[*]}"

start_service() { # name
  env TELEFONPOLICY_DB_URL="$(db_url "$1")" \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
    TELEFONPOLICY_JWT_ISSUER="https://telefonpolicy.se/dev" \
    TELEFONPOLICY_JWT_PUBLIC_KEY_LOCATION="$ROOT/test-support/src/main/resources/dev-jwt/publicKey.pem" \
    TELEFONPOLICY_DIRECTORY_SAMPLE_DATA_LOAD=true \
    QUARKUS_HTTP_PORT="${PORT[$1]}" \
    java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$ROOT/$1-service/target/quarkus-app/quarkus-run.jar" \
    > "$LOG_DIR/$1-service.log" 2>&1 &
  SERVICE_PIDS+=($!); NAME_OF[$!]=$1-service
}

# --- the directory first, so that its sample is on its topics before the backlog ------------------------------
say "directory-service with the sample municipality on ${PORT[directory]}"
start_service directory
DIRECTORY_PID=${SERVICE_PIDS[-1]}
await_ready directory
drain_tool await-stable bootstrap="127.0.0.1:$KAFKA_PORT" topics=directory.units.v1,directory.employees.v1 seconds=3 \
  | sed 's/^/  /'

# --- the backlog ------------------------------------------------------------------------------------------------
say "pbx-simulator: $WEEKS simulated week(s) into the broker"
java -Xmx1g -jar "$(jar_of pbx-simulator)" --send-only --weeks "$WEEKS" --bootstrap "127.0.0.1:$KAFKA_PORT" \
  > "$LOG_DIR/simulator-send.log" 2>&1 || { cat "$LOG_DIR/simulator-send.log" >&2; die "the simulator could not send"; }
SENT=$(grep '^SENT ' "$LOG_DIR/simulator-send.log")
sent() { echo "$SENT" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2-; }
EVENTS=$(sent events)
say "  $EVENTS PBX events $(sent from) – $(sent to) sent in $(sent seconds) s"

# --- the drain --------------------------------------------------------------------------------------------------
say "availability-, callback- and compliance-service start at once; ThroughputDrain polls every second"
for s in "${CONSUMERS[@]}"; do start_service "$s"; done
pids="directory-service:$DIRECTORY_PID,kafka-broker:$KAFKA_PID"
dbs="directory-service:$(db_url directory)"
for i in "${!CONSUMERS[@]}"; do
  pids+=",${CONSUMERS[$i]}-service:${SERVICE_PIDS[$((i + 1))]}"
  dbs+=",${CONSUMERS[$i]}-service:$(db_url "${CONSUMERS[$i]}")"
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
drain_tool drain bootstrap="127.0.0.1:$KAFKA_PORT" events="$EVENTS" \
  groups=availability-service,callback-service,compliance-service pids="$pids" postgres=true db="$dbs" \
  decided-by="$(sent decided_by)" | tee "$LOG_DIR/drain.txt" || die "the drain did not finish; see $LOG_DIR"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the figures against the simulator's own ---------------------------------------------------------------------
say "compliance-service's reports against the simulator's expectation ..."
CHECK=NO
if java -Xmx1g -jar "$(jar_of pbx-simulator)" --check-only --from "$(sent from)" --to "$(sent to)" \
     --now "$(sent now)" --bootstrap "127.0.0.1:$KAFKA_PORT" --compliance-url "http://127.0.0.1:${PORT[compliance]}" \
     --token "$(java "$ROOT/dev-tools/DevToken.java" admin)" > "$LOG_DIR/simulator-check.log" 2>&1; then
  CHECK=yes
fi
grep -m1 -A20 '^CHECKED' "$LOG_DIR/simulator-check.log" || tail -5 "$LOG_DIR/simulator-check.log"

DRAIN=$(grep '^DRAIN ' "$LOG_DIR/drain.txt")
drained() { echo "$DRAIN" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2-; }
echo
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average before/after the drain $LOAD_BEFORE / $LOAD_AFTER"
echo "load: $WEEKS week(s), $(sent from) – $(sent to), $EVENTS PBX events; every figure equals the simulator's: $CHECK"
OK=true
[ "$CHECK" = yes ] || OK=false
echo "THROUGHPUT end_to_end_events_per_s=$(drained end_to_end_events_per_s) p99_ms_at_500=n/a max_rss_mb=$(drained max_rss_mb)"
$OK
