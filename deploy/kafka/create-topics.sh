#!/bin/bash
# Creates the topic catalogue (event-contracts Topic.java) on the compose file's Kafka, once; an
# existing topic is left as it is. DeploymentFilesTest fails when this list and the catalogue differ.
set -euo pipefail
BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
create() { # name partitions configs
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor "${REPLICATION_FACTOR:-1}" \
    $(echo "$3" | tr ',' '\n' | sed 's/^/--config /' | tr '\n' ' ')
}
create pbx.calls.v1               6 cleanup.policy=delete,retention.ms=2592000000
create pbx.calls.v1.dlq           1 cleanup.policy=delete,retention.ms=2592000000
create pbx.presence.v1            6 cleanup.policy=delete,retention.ms=2592000000
create pbx.presence.v1.dlq        1 cleanup.policy=delete,retention.ms=2592000000
create directory.units.v1         3 cleanup.policy=compact
create directory.units.v1.dlq     1 cleanup.policy=delete,retention.ms=2592000000
create directory.employees.v1     6 cleanup.policy=compact
create directory.employees.v1.dlq 1 cleanup.policy=delete,retention.ms=2592000000
create availability.status.v1     6 cleanup.policy=delete,retention.ms=2592000000
create availability.status.v1.dlq 1 cleanup.policy=delete,retention.ms=2592000000
create availability.coverage.v1   3 cleanup.policy=delete,retention.ms=7776000000
create availability.coverage.v1.dlq 1 cleanup.policy=delete,retention.ms=2592000000
create callbacks.tasks.v1         6 cleanup.policy=delete,retention.ms=7776000000
create callbacks.tasks.v1.dlq     1 cleanup.policy=delete,retention.ms=2592000000
create compliance.breaches.v1     3 cleanup.policy=delete,retention.ms=34560000000
create compliance.breaches.v1.dlq 1 cleanup.policy=delete,retention.ms=2592000000
# not CloudEvents: Asterisk's cdr_kafka writes plain JSON CDRs here; pbx-connector reads them (docs/pbx-integration.md)
create asterisk-cdr               3 cleanup.policy=delete,retention.ms=2592000000
create asterisk-cdr.dlq           1 cleanup.policy=delete,retention.ms=2592000000
echo "Topic catalogue in place."
