#!/usr/bin/env bash
# Runs the whole system on this machine: a Kafka broker, PostgreSQL and the services, with the sample
# municipality loaded and a simulated working week played through them, and the staff pages (staff-web,
# http://localhost:8086, with the development login: QUARKUS_PROFILE=dev-login, never in production).
# Needs only a JDK 17. Ctrl-C stops everything. Data is kept in .run/ between runs.
#
#   ./run-local.sh                  build what is missing, start, wait until ready, simulate a week, print
#                                   the summary and the URLs (the staff pages first, with whom to log in as)
#   ./run-local.sh --no-simulator   the same without the simulated week (replay a period through the webhook)
#   ./run-local.sh --reset          forget the kept data first (broker log, the services' databases)
#
# Environment: TELEFONPOLICY_POSTGRES_URL / _USER / _PASSWORD to use a given PostgreSQL server
# (else 127.0.0.1:5432, else an embedded one); TELEFONPOLICY_KAFKA_PORT (default 9092);
# TELEFONPOLICY_GRAFANA_URL, where the staff pages link to Grafana (default http://localhost:3000).
set -euo pipefail
cd "$(dirname "$0")"

ROOT=$(pwd)
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
KAFKA_PORT="${TELEFONPOLICY_KAFKA_PORT:-9092}"
EMBEDDED_PG_PORT="${TELEFONPOLICY_EMBEDDED_POSTGRES_PORT:-5433}"
SERVICES=(directory availability callback compliance pbx)
declare -A PORT=([directory]=8081 [availability]=8082 [callback]=8083 [compliance]=8084 [pbx]=8085)
module_of() { [ "$1" = pbx ] && echo pbx-connector || echo "$1-service"; }
# the staff pages: no database, no Kafka; they call the four services' APIs with the signed-in user's token
STAFF_WEB=staff-web
STAFF_WEB_PORT=8086
GRAFANA_URL="${TELEFONPOLICY_GRAFANA_URL:-http://localhost:3000}"
READY_TIMEOUT=90
SIMULATE=true
FRESH_DATABASES=()
# every process started, for the watch loop; by role for the stop order
PIDS=()
SERVICE_PIDS=()
KAFKA_PID=""
POSTGRES_PID=""
declare -A NAME_OF=()
# a service stops in a few seconds (docs/operations.md); its shutdown timeout for requests in flight is 30 s
SERVICE_STOP_LIMIT=35

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "FEL: $*" >&2; exit 1; }

for arg in "$@"; do
  case "$arg" in
    --reset) say "Glömmer sparad data i $RUN_DIR och tjänsternas databaser"; rm -rf "$RUN_DIR"; FRESH_DATABASES=(--fresh) ;;
    --no-simulator) SIMULATE=false ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "okänt argument: $arg (prova --help)" ;;
  esac
done

command -v java >/dev/null || die "java saknas: installera JDK 17"

# --- stop everything we started, whatever way this script ends --------------------------------
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  trap - INT TERM
  say "Stoppar..."
  # services first, all at once, and each waited for: they finish their batch, commit offsets and flush their outbox
  # while the broker and the database are still there; then PostgreSQL and last the broker
  ((${#SERVICE_PIDS[@]})) && stop_processes "$SERVICE_STOP_LIMIT" "${SERVICE_PIDS[@]}"
  [ -n "$POSTGRES_PID" ] && stop_processes 30 "$POSTGRES_PID"
  [ -n "$KAFKA_PID" ] && stop_processes 30 "$KAFKA_PID"
  wait 2>/dev/null || true
  say "Allt stoppat."
}
# SIGTERM to the given processes, then wait until each has exited, at most <seconds>; SIGKILL for those still there
stop_processes() {
  local limit=$1 pid name end
  shift
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  end=$((SECONDS + limit))
  for pid in "$@"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $end ]; do sleep 0.2; done
    name=${NAME_OF[$pid]:-$pid}
    if kill -0 "$pid" 2>/dev/null; then
      say "$name stannade inte inom ${limit}s; avbryts (kill -9)"
      kill -KILL "$pid" 2>/dev/null || true
    else
      say "$name stoppad"
    fi
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- build what is missing ---------------------------------------------------------------------
jar_of() { ls "$ROOT/$1"/target/"$1"-*.jar 2>/dev/null | grep -v -- '-sources\|-tests' | head -1; }
needs_build=false
for m in kafka-broker local-postgres pbx-simulator; do [ -n "$(jar_of $m)" ] || needs_build=true; done
for m in $(for s in "${SERVICES[@]}"; do module_of "$s"; done) "$STAFF_WEB"; do
  [ -f "$ROOT/$m/target/quarkus-app/quarkus-run.jar" ] || needs_build=true
done
if ! $needs_build; then
  # a source file newer than the service jars means the jars are stale (templates and styles: staff-web's pages)
  newest_jar=$(ls -t "$ROOT"/*/target/quarkus-app/quarkus-run.jar | tail -1)
  [ -n "$(find "$ROOT" \( -path "$RUN_DIR" -o -name target -o -name .git \) -prune -o \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name '*.html' -o -name '*.css' -o -name pom.xml \) -newer "$newest_jar" -print -quit)" ] && needs_build=true
fi
if $needs_build; then
  say "Bygger (./mvnw package, utan tester; första gången tar det några minuter)..."
  ./mvnw -B -q -DskipTests package || die "bygget misslyckades"
  [ -f "$ROOT/$STAFF_WEB/target/quarkus-app/quarkus-run.jar" ] \
    || die "bygget gav ingen $STAFF_WEB/target/quarkus-app/quarkus-run.jar (finns modulen $STAFF_WEB i pom.xml?)"
fi
mkdir -p "$LOG_DIR"

# --- Kafka ---------------------------------------------------------------------------------------
wait_for_line() { # file pattern seconds pid
  local end=$((SECONDS + $3))
  until grep -q "$2" "$1" 2>/dev/null; do
    kill -0 "$4" 2>/dev/null || { tail -20 "$1" >&2; return 1; }
    [ $SECONDS -lt $end ] || return 1
    sleep 0.3
  done
}
: > "$LOG_DIR/kafka.log"   # truncated here, not by the child: the wait must not see the last run's lines
say "Startar Kafka (KRaft, port $KAFKA_PORT, data i .run/kafka)..."
java -Xms64m -Xmx512m -jar "$(jar_of kafka-broker)" --data-dir "$RUN_DIR/kafka" --port "$KAFKA_PORT" \
  > "$LOG_DIR/kafka.log" 2>&1 &
KAFKA_PID=$!; PIDS+=($!); NAME_OF[$!]=Kafka
wait_for_line "$LOG_DIR/kafka.log" "Kafka ready" 60 "${PIDS[-1]}" || die "Kafka startade inte; se $LOG_DIR/kafka.log"

# --- PostgreSQL: given URL, else 127.0.0.1:5432, else embedded -----------------------------------
say "Letar PostgreSQL och skapar databaserna..."
: > "$LOG_DIR/postgres.log"
java -Xms32m -Xmx128m -jar "$(jar_of local-postgres)" --data-dir "$RUN_DIR/postgres" --port "$EMBEDDED_PG_PORT" \
  "${FRESH_DATABASES[@]}" "${SERVICES[@]/#/telefonpolicy_}" > "$LOG_DIR/postgres.log" 2>&1 &
POSTGRES_PID=$!; PIDS+=($!); NAME_OF[$!]=PostgreSQL
wait_for_line "$LOG_DIR/postgres.log" "POSTGRES_READY" 120 "${PIDS[-1]}" || die "ingen PostgreSQL; se $LOG_DIR/postgres.log"
pg_value() { grep "^$1=" "$LOG_DIR/postgres.log" | head -1 | cut -d= -f2-; }
say "PostgreSQL: $(pg_value POSTGRES_ORIGIN)"

# --- the services --------------------------------------------------------------------------------
# the sample municipality in the directory; every other setting is the services' default (a replayed past
# week is decided on event time, BRIEF "Event time": no setting of its own)
export TELEFONPOLICY_DIRECTORY_SAMPLE_DATA_LOAD=true
# the PBX webhook's shared secret, for trying it locally only (docs/pbx-integration.md)
export TELEFONPOLICY_PBX_WEBHOOK_SECRET="${TELEFONPOLICY_PBX_WEBHOOK_SECRET:-lokal-utveckling}"
# runs a service, and starts it again when it exits with 75: one of its consumers stopped and cannot be restarted in
# the process (platform ChannelWatchdog), which compose and Kubernetes answer the same way; SIGTERM stops both
supervise() { # log command...
  local log=$1 child="" rc
  shift
  trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' TERM
  : > "$log"
  while true; do
    "$@" >> "$log" 2>&1 &
    child=$!
    wait "$child" && rc=0 || rc=$?
    [ "$rc" -eq 75 ] || exit "$rc"
    echo "run-local.sh: avslutades med status 75 (en konsument stannade); startas om" >> "$log"
  done
}
for s in "${SERVICES[@]}"; do
  upper=$(echo "$s" | tr a-z A-Z)
  supervise "$LOG_DIR/$(module_of $s).log" env \
    TELEFONPOLICY_DB_URL="$(pg_value "POSTGRES_URL_TELEFONPOLICY_$upper")" \
    TELEFONPOLICY_DB_USER="$(pg_value POSTGRES_USER)" \
    TELEFONPOLICY_DB_PASSWORD="$(pg_value POSTGRES_PASSWORD)" \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
    TELEFONPOLICY_JWT_ISSUER="https://telefonpolicy.se/dev" \
    TELEFONPOLICY_JWT_PUBLIC_KEY_LOCATION="$ROOT/test-support/src/main/resources/dev-jwt/publicKey.pem" \
    QUARKUS_HTTP_PORT="${PORT[$s]}" \
    java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$ROOT/$(module_of $s)/target/quarkus-app/quarkus-run.jar" &
  SERVICE_PIDS+=($!); PIDS+=($!); NAME_OF[$!]=$(module_of $s)
  say "Startar $(module_of $s) på port ${PORT[$s]} (logg: .run/logs/$(module_of $s).log)"
done
# the staff pages after the services: no database, no Kafka, only the services' URLs; the development login
# (QUARKUS_PROFILE=dev-login: staff-web's own OIDC provider at /dev-oidc, signing with the dev key) is for here only
supervise "$LOG_DIR/$STAFF_WEB.log" env \
  QUARKUS_PROFILE=dev-login \
  QUARKUS_HTTP_PORT="$STAFF_WEB_PORT" \
  TELEFONPOLICY_DIRECTORY_URL="http://127.0.0.1:${PORT[directory]}" \
  TELEFONPOLICY_AVAILABILITY_URL="http://127.0.0.1:${PORT[availability]}" \
  TELEFONPOLICY_CALLBACK_URL="http://127.0.0.1:${PORT[callback]}" \
  TELEFONPOLICY_COMPLIANCE_URL="http://127.0.0.1:${PORT[compliance]}" \
  TELEFONPOLICY_GRAFANA_URL="$GRAFANA_URL" \
  TELEFONPOLICY_STAFF_WEB_URL="http://localhost:$STAFF_WEB_PORT" \
  TELEFONPOLICY_DEV_LOGIN_PUBLIC_KEY="$ROOT/test-support/src/main/resources/dev-jwt/publicKey.pem" \
  TELEFONPOLICY_DEV_LOGIN_PRIVATE_KEY="$ROOT/test-support/src/main/resources/dev-jwt/privateKey.pem" \
  java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$ROOT/$STAFF_WEB/target/quarkus-app/quarkus-run.jar" &
SERVICE_PIDS+=($!); PIDS+=($!); NAME_OF[$!]=$STAFF_WEB
say "Startar $STAFF_WEB på port $STAFF_WEB_PORT (logg: .run/logs/$STAFF_WEB.log)"

http_status() { # port path -> HTTP status code, using bash's own TCP (curl may be missing)
  local reply
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
  read -r -t 5 reply <&3 || reply=""
  exec 3<&- 3>&-
  echo "$reply" | awk '{print $2}'
}
started=$SECONDS
for s in "${SERVICES[@]}"; do
  until [ "$(http_status "${PORT[$s]}" /q/health/ready)" = "200" ]; do
    [ $((SECONDS - started)) -lt $READY_TIMEOUT ] || die "$(module_of $s) blev inte redo inom ${READY_TIMEOUT}s; se .run/logs/$(module_of $s).log"
    sleep 0.5
  done
done
until [ "$(http_status "$STAFF_WEB_PORT" /q/health/ready)" = "200" ]; do
  [ $((SECONDS - started)) -lt $READY_TIMEOUT ] || die "$STAFF_WEB blev inte redo inom ${READY_TIMEOUT}s; se .run/logs/$STAFF_WEB.log"
  sleep 0.5
done
say "Alla tjänsterna och personalens sidor är redo efter $((SECONDS - started)) s."
ADMIN_TOKEN=$(java dev-tools/DevToken.java admin)

# --- a simulated week: the PBX's events through the services, then the compliance figures ---------
if $SIMULATE; then
  say "Spelar upp en simulerad arbetsvecka (pbx-simulator; logg även i .run/logs/simulator.log)..."
  java -Xmx512m -jar "$(jar_of pbx-simulator)" --bootstrap "127.0.0.1:$KAFKA_PORT" \
    --compliance-url "http://127.0.0.1:${PORT[compliance]}" --token "$ADMIN_TOKEN" 2>&1 | tee "$LOG_DIR/simulator.log" \
    || say "Simuleringen gav skillnader eller fel; se .run/logs/simulator.log"
fi

cat <<TXT

  Telefonpolicy körs lokalt.

  Personalens sidor (Min telefoni): http://localhost:$STAFF_WEB_PORT — logga in som Mattias Holmberg (handläggare),
  Sven Haddad (chef, Bygglov), Hanna Åberg (chef, Samhällsbyggnad) eller Malin Haddad (växeln)

  Kafka: 127.0.0.1:$KAFKA_PORT   PostgreSQL: $(pg_value POSTGRES_ORIGIN)

  tjänst                Swagger UI                               hälsa                                   mätvärden
TXT
for s in "${SERVICES[@]}"; do
  p=${PORT[$s]}
  printf '  %-21s http://localhost:%s/q/swagger-ui   http://localhost:%s/q/health   http://localhost:%s/q/metrics\n' "$(module_of $s)" "$p" "$p" "$p"
done
cat <<TXT

  API:erna kräver en bearer-token (roller: employee, manager, switchboard, admin, pbx). En token för
  admin, giltig i 12 timmar, att klistra in under "Authorize" i Swagger UI (bara för lokal körning):

$ADMIN_TOKEN

  Andra roller: java dev-tools/DevToken.java manager,employee <anställd-id> <enhet-id>

  Loggar i .run/logs/. Stoppa med Ctrl-C.

TXT

# --- keep running until Ctrl-C, or until a process dies --------------------------------------------
while true; do
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || die "en process (pid $pid) har stannat; se loggarna i .run/logs/"
  done
  sleep 2
done
