#!/usr/bin/env bash
# Search latency at the database (the query SearchRepository runs), over a synthetic directory of
# 42 units and 600 employees: p50/p95/p99 from pgbench's per-transaction log. Excludes HTTP and JWT.
# Usage: bench/search-latency.sh [psql connection options, default -h 127.0.0.1 -U postgres]
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then CONN=("$@"); else CONN=(-h 127.0.0.1 -U postgres); fi
DB=directory_search_bench
WORK=$(mktemp -d)
psql "${CONN[@]}" -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
cat ../src/main/resources/db/migration/V*.sql search-sample.sql | psql "${CONN[@]}" -d $DB -q -v ON_ERROR_STOP=1
python3 - "$WORK" <<'PY'
import sys
sql = open('../src/main/java/se/telefonpolicy/directory/persistence/SearchRepository.java').read().split('"""')[1]
for name, q, tsq in [('bygglovet', 'bygglovet', '(bygglovet | bygglov:*)'), ('svenson', 'Svenson', 'svenson'),
                     ('skolskjutsen', 'skolskjutsen', '(skolskjutsen | skolskjuts:*)'), ('lindqvst', 'Lindqvst', 'lindqvst')]:
    open(f'{sys.argv[1]}/{name}.sql', 'w').write(
        sql.replace(':tsquery', f"'{tsq}'").replace(':query', f"'{q}'").replace(':limit', '20').strip() + ';\n')
PY
(cd "$WORK" && pgbench "${CONN[@]}" -n -M prepared -c 1 -T 20 -l -f bygglovet.sql -f svenson.sql -f skolskjutsen.sql -f lindqvst.sql $DB >/dev/null)
cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "queries=%d p50=%.2fms p95=%.2fms p99=%.2fms\n", NR, a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000}'
psql "${CONN[@]}" -qc "DROP DATABASE $DB"
rm -rf "$WORK"
