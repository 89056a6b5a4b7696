#!/usr/bin/env bash
# Issue 8, acceptance 3: every Grafana panel query works against the real metrics.
# Start the local run first (./run-local.sh at the repository root), then:
#   deploy/prometheus/check-dashboards.sh
# Starts a throw-away Prometheus (Debian package `prometheus`) on a free 127.0.0.1 port that scrapes
# the services on 127.0.0.1:8081..8085 every 5 s and loads alerts.yml, waits for a few scrapes and
# evaluates every dashboard panel query through /api/v1/query; fails listing any query that errors or
# is empty, and any alert rule that fails to evaluate. Details: check_dashboards.py.
# Environment: TELEFONPOLICY_SCRAPE_TARGETS="job=host:port,..." to scrape elsewhere.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v prometheus >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "prometheus saknas: installerar Debian-paketet prometheus"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get -y -q install --no-install-recommends prometheus; then
      apt-get -q update
      apt-get -y -q install --no-install-recommends prometheus
    fi
  else
    echo "FEL: prometheus saknas. Installera Debian-paketet prometheus (som root: apt-get install prometheus)." >&2
    exit 1
  fi
fi
command -v python3 >/dev/null 2>&1 || { echo "FEL: python3 saknas" >&2; exit 1; }

exec python3 check_dashboards.py
