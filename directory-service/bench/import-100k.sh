#!/usr/bin/env bash
# HR import throughput (issue 5): generates an HR file of 100,000 rows (ROWS=...), imports it into a
# running directory-service twice — first everyone created, then everyone unchanged — and prints rows/s
# and the service's resident memory (peak VmRSS while importing). Not a test: it prints figures.
# Starts nothing. Needs curl, awk and the service's pid (found from the port with ss, or given).
# Usage: directory-service/bench/import-100k.sh [base url, default http://localhost:8081] [service pid]
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE="${1:-http://localhost:8081}"
PORT="${BASE##*:}"
PID="${2:-$(ss -ltnpH "sport = :${PORT%%/*}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}"
[ -n "$PID" ] && [ -r "/proc/$PID/status" ] || { echo "no process found on port ${PORT}: give its pid as the 2nd argument" >&2; exit 2; }
ROWS="${ROWS:-100000}"
ADMIN=$(java dev-tools/DevToken.java admin)
FILE=$(mktemp --suffix=.csv)
trap 'rm -f "$FILE"' EXIT
auth=(-H "Authorization: Bearer $ADMIN")

for unit in bench-import-a bench-import-b; do
  curl -fsS -o /dev/null "${auth[@]}" "$BASE/api/v1/units/$unit" 2>/dev/null \
    || curl -fsS -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/units" \
         -d "{\"id\":\"$unit\",\"name\":\"Importprov $unit\"}"
done

awk -v rows="$ROWS" 'BEGIN {
  split("Anna Erik Maria Lars Karin Anders Eva Johan Sara Per Åsa Göran Linnéa Björn Ingrid", first, " ");
  split("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Ström Öberg", last, " ");
  split("bygglov|marklov färdtjänst försörjningsstöd|ekonomiskt bistånd skolskjuts bostadsanpassning lön|semester", resp, " ");
  print "anställningsnummer;förnamn;efternamn;titel;enhet;anknytning;telefon;mobil;e-post;roll;röstbrevlåda;hälsning inspelad;hälsning sekunder;ansvarsområden;bekräftad;aktiv";
  for (n = 1; n <= rows; n++) {
    f = first[n % 15 + 1]; l = last[int(n / 15) % 12 + 1];
    printf "B%07d;%s;%s;Handläggare;bench-import-%s;%d;0223-44%03d;;b%d@bench.exempel.se;handläggare;ja;2026-03-01;%d;%s;2026-06-01;ja\n",
      n, f, l, (n % 2 ? "a" : "b"), 1000 + n % 9000, n % 1000, n, 5 + n % 30, resp[n % 6 + 1];
  }
}' > "$FILE"
echo "HR file: $ROWS rows, $(du -h "$FILE" | cut -f1); service pid $PID, RSS before: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/"$PID"/status)"

run() { # label
  local start end location job state peak=0 rss
  start=$(date +%s.%N)
  location=$(curl -fsS -D - -o /dev/null "${auth[@]}" -H 'Content-Type: text/csv' --data-binary @"$FILE" \
    "$BASE/api/v1/import/employees" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  case "$location" in http*) ;; *) location="$BASE$location" ;; esac
  while true; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/"$PID"/status)
    [ "$rss" -gt "$peak" ] && peak=$rss
    job=$(curl -fsS "${auth[@]}" "$location")
    state=$(echo "$job" | grep -o '"state":"[A-Z]*"' | cut -d'"' -f4)
    case "$state" in SUCCEEDED|FAILED) break ;; esac
    sleep 0.5
  done
  end=$(date +%s.%N)
  counts=$(echo "$job" | grep -o '"\(rowsRead\|created\|updated\|unchanged\|rejected\)":[0-9]*' | tr '\n' ' ')
  awk -v l="$1" -v s="$start" -v e="$end" -v r="$ROWS" -v p="$peak" -v st="$state" -v c="$counts" \
    'BEGIN { printf "%-10s %s in %.1f s: %.0f rows/s, peak RSS %d MB (%s)\n", l, st, e - s, r / (e - s), p / 1024, c }'
}
run "first:"
run "again:"
