#!/usr/bin/env bash
# Acceptance 2 of issue 5: search p95 at the HTTP level over the sample directory. Starts nothing:
# point it at a running directory-service that loaded the sample (TELEFONPOLICY_DIRECTORY_SAMPLE_DATA_LOAD=true,
# as ./run-local.sh does). Usage: directory-service/bench/search-http.sh [base url, default http://localhost:8081]
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE="${1:-http://localhost:8081}"
TOKEN=$(java dev-tools/DevToken.java switchboard,employee 10050)
java directory-service/bench/SearchLatency.java "$BASE" "$TOKEN" "${WARMUP:-300}" "${REQUESTS:-3000}"
