#!/usr/bin/env bash
# Checks the Prometheus configuration and alert rules with promtool (Debian package `prometheus`):
#   promtool check config prometheus.yml   (also checks the rule files it names)
#   promtool check rules alerts.yml
#   promtool test rules alerts.test.yml    (every alert, firing and not firing)
# Installs the package when promtool is missing and we are root; otherwise says what to do.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "promtool saknas: installerar Debian-paketet prometheus"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get -y -q install --no-install-recommends prometheus; then
      apt-get -q update
      apt-get -y -q install --no-install-recommends prometheus
    fi
  else
    echo "FEL: promtool saknas. Installera Debian-paketet prometheus (som root: apt-get install prometheus)" >&2
    echo "     eller lägg promtool från https://prometheus.io/download/ i PATH." >&2
    exit 1
  fi
fi

promtool --version 2>&1 | head -1
promtool check config prometheus.yml
promtool check rules alerts.yml
promtool test rules alerts.test.yml
echo "OK: Prometheus-konfiguration och larmregler"
