#!/usr/bin/env bash
# A million SKUs in one batch (issue 14), through the real distribution at its default heap (-Xmx512m, bin/shelf):
# a generated 1,000,000-row, 28-column workbook (250,000 products × 4 SKUs) is imported into a fresh SHELF_HOME,
# validated with the shipped packs and a deployed pack that finds something on every SKU (so at least one
# finding per SKU is stored), then `findings` and `report` of the batch. For each step it prints the whole
# command's seconds (`shelf -c`, the client's attach included) and the runtime's peak heap during it from its
# GC log (the heap's occupancy when a collection began, garbage included: the serial collector lets the heap
# fill up before it works; and what a full collection left, when there was one).
#
#   runtime/bench-million.sh [rows=1000000]
#   SHELF=runtime/target/shelf/bin/shelf runtime/bench-million.sh   that distribution as it is, no rebuild
#
# The workbook is kept in runtime/target/bench/ (generated when missing by shelf.importer.xlsx.bench.
# BenchmarkWorkbooks, from the module's test classes).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
rows="${1:-1000000}"
module=bundles/shelf.importer.xlsx
out="$root/runtime/target/bench"
shelf="$(readlink -f "${SHELF:-$root/shelf}")"
mkdir -p "$out"

file="$out/bench-$rows-shared.xlsx"
if [ ! -f "$file" ]; then
  mvn -B -q -pl "$module" install -DskipTests
  mvn -B -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
  java -Xmx2g -cp "$module/target/classes:$module/target/test-classes:$(cat "$out/classpath.txt")" \
    shelf.importer.xlsx.bench.BenchmarkWorkbooks "$file" "$rows" shared
fi

"$shelf" --version >/dev/null   # ./shelf builds the distribution first when it is stale
now_ms() { date +%s%3N; }
home="$out/home-million"
gclog="$out/gc-million.log"
rm -rf "$home" "$gclog"
running=""
trap '[ -n "$running" ] && "$shelf" --home "$running" stop >/dev/null 2>&1 || true' EXIT

# "peak heap X MB, N GCs[, live after full GC Y MB]" over the GC log lines after line MARK (as bench-import.sh)
heap_since() {
  tail -n +"$(($2 + 1))" "$1" | sed -n 's/.*Pause \([A-Za-z]*\) .* \([0-9]*\)M->\([0-9]*\)M([0-9]*M).*/\1 \2 \3/p' \
    | awk '{ if ($2 > p) p = $2; if ($1 == "Full" && $3 > l) l = $3; if ($1 == "Full") f++; n++ }
           END { if (!n) { print "no GC"; exit }
                 printf "peak heap %d MB, %d GCs", p, n
                 if (f) printf ", live after full GC %d MB", l; else printf ", no full GC" }'
}

mkdir -p "$home/deploy"
# one info finding on every SKU: no generated stock reaches 100,000
cat >"$home/deploy/bench.rules.json" <<'JSON'
{"id": "bench", "version": "1.0.0", "description": "a finding on every SKU, for the benchmark",
 "rules": [{"id": "stock", "code": "bench.stock-low", "field": "skus.stock", "check": "range", "min": 100000,
            "severity": "info", "message": "库存{value}低于十万"}]}
JSON
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
SHELF_JAVA_OPTS="-Xlog:gc:file=$gclog" "$shelf" --home "$home" start >/dev/null
running="$home"
"$shelf" --home "$home" -c "feature:install importers; feature:install validation; feature:install rules" >/dev/null
pid="$(cat "$home/data/shelf.pid")"
echo "runtime: $(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o -- '-Xmx[0-9a-zA-Z]*' | head -1)"

# step NAME COMMAND: runs `shelf -c COMMAND`, prints its seconds and the heap, keeps its output in $out/NAME.out
step() {
  local mark began status=0
  mark="$(wc -l <"$gclog")"
  began="$(now_ms)"
  (cd "$out" && "$shelf" --home "$home" -c "$2" >"$out/$1.out" 2>&1) || status=$?
  printf '%-9s %7.2f s  %s; exit %d; %s\n' "$1" "$(awk -v w="$(( $(now_ms) - began ))" 'BEGIN { print w / 1000 }')" \
    "$(heap_since "$gclog" "$mark")" "$status" "$(grep -v '^ ' "$out/$1.out" | grep -v '^[A-Za-z.-]*  ' | tail -1)"
}

step import "import $file --merchant bench"
batch="$(sed -n 's/.*batch \([0-9]*\).*/\1/p' "$out/import.out" | head -1)"
step validate "validate ${batch:-1}"
sed -n '/^Code/,$p' "$out/validate.out" | head -20
step findings "findings ${batch:-1}"
echo "          $(grep -c '' "$out/findings.out") lines written by findings"
step report "report ${batch:-1} --out $out/report-million.xlsx --source $file"
echo "runtime peak RSS: $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status"); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
"$shelf" --home "$home" stop >/dev/null
running=""
