#!/bin/bash
# Runs once, when the PostgreSQL volume is new: one database and one owner per service, each with
# its own password from the environment (see .env.example). Services never share a database.
set -euo pipefail
for service in directory availability callback compliance pbx; do
  var="$(echo "$service" | tr a-z A-Z)_DB_PASSWORD"
  password="${!var:?$var must be set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${service} LOGIN PASSWORD '${password}';
CREATE DATABASE telefonpolicy_${service} OWNER ${service};
SQL
done
