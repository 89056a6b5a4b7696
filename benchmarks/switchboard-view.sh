#!/usr/bin/env bash
# Issue 6, acceptance 4: p95 of the switchboard view for a 40-member unit, through the running system.
# Start ./run-local.sh first (in another terminal), then: benchmarks/switchboard-view.sh
# It creates unit "bench-vaxel" with 40 employees in directory-service (availability-service learns
# them from directory.employees.v1), gives a third of them AVAILABLE and the rest MEETING with a
# return time, and measures GET /api/v1/units/bench-vaxel/availability. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."
ADMIN=$(java dev-tools/DevToken.java admin)
SWITCHBOARD=$(java dev-tools/DevToken.java switchboard,employee bench-vaxel-operator)
json() { curl -fsS -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@" >/dev/null; }

curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" http://localhost:8081/api/v1/units/bench-vaxel 2>/dev/null \
  || json -X POST http://localhost:8081/api/v1/units -d '{"id":"bench-vaxel","name":"Växeln (benchmark)"}'
back=$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)
for i in $(seq 1 40); do
  id="bench-vaxel-$i"
  curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" "http://localhost:8081/api/v1/employees/$id" 2>/dev/null \
    || json -X POST http://localhost:8081/api/v1/employees -d "{\"id\":\"$id\",\"firstName\":\"Person$i\",\"lastName\":\"Bench\",\"unitId\":\"bench-vaxel\",\"extension\":\"$((4000 + i))\",\"role\":\"CASE_OFFICER\",\"voicemailEnabled\":true}"
done
sleep 3 # the directory's outbox relays every 200 ms; availability consumes in batches
for i in $(seq 1 40); do
  if [ $((i % 3)) = 0 ]; then body='{"status":"AVAILABLE"}'; else body="{\"status\":\"MEETING\",\"returnsAt\":\"$back\"}"; fi
  json -X PUT "http://localhost:8082/api/v1/employees/bench-vaxel-$i/status" -d "$body"
done
[ -f benchmarks/target/benchmarks.jar ] || ./mvnw -q -pl benchmarks -am package -DskipTests
java -cp benchmarks/target/benchmarks.jar se.telefonpolicy.benchmarks.HttpLatency \
  http://localhost:8082/api/v1/units/bench-vaxel/availability "$SWITCHBOARD" 500 2000
