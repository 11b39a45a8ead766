#!/usr/bin/env bash
# Import benchmark (issue 3), in two parts, on two generated 100,000-row, 28-column workbooks of the default
# template — one with shared strings (as Excel saves), one with inline strings (as openpyxl saves):
#   read        the xlsx importer alone, in a JVM of its own with -Xmx256m: rows/s, seconds, peak heap
#   end to end  the real distribution, as users run it: `shelf start` with SHELF_JAVA_OPTS=-Xmx256m on a
#               fresh SHELF_HOME, then `shelf -c "import FILE"` — reading, mapping and storing in H2 — first
#               into an empty catalogue (every product new), then again (every product unchanged), then for
#               another merchant (every product new, in a warm runtime).
#               Seconds and rows/s are the import's own figures (its summary's "time" line); the wall time
#               of the whole `shelf -c` adds the client's attach. Peak heap comes from the runtime's GC log
#               (heap occupancy when a collection began, and what a full collection left, during the import);
#               peak RSS is the runtime process's VmHWM.
#
#   runtime/bench-import.sh [rows=100000] [reads-per-file=3]
#   SHELF=runtime/target/shelf/bin/shelf runtime/bench-import.sh   measures that distribution as it is,
#        without ./shelf's rebuild when the sources are newer
#   SKUS=3,3,3,3,3,3,2 runtime/bench-import.sh   products of 3 or 2 SKUs in turn instead of 4: 35,000 products
#        in 100,000 rows (the workbooks get a name of their own)
#
#   SHELF_BENCH_PG_URL=jdbc:postgresql://HOST:PORT/DB SHELF_BENCH_PG_USER=… SHELF_BENCH_PG_PASSWORD=… runtime/bench-import.sh
#        the end-to-end part on PostgreSQL: a fresh database shelf_bench_<kind> (made anew with psql each run,
#        as a role that may create databases) in SHELF_HOME/etc/database.properties
#
# The workbooks are kept in runtime/target/bench/ (regenerated when missing): shelf.importer.xlsx.bench.
# BenchmarkWorkbooks, from the module's test-jar.
set -euo pipefail
cd "$(dirname "$0")/.."
. runtime/bench-pg.sh
root="$PWD"
rows="${1:-100000}"
reads="${2:-3}"
module=bundles/shelf.importer.xlsx
out="$root/runtime/target/bench"
shelf="$(readlink -f "${SHELF:-$root/shelf}")"
mkdir -p "$out"

mvn -B -q -pl "$module" install -DskipTests
mvn -B -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="$module/target/classes:$module/target/test-classes:$(cat "$out/classpath.txt")"

skus="${SKUS:-4}"
name() { echo "$out/bench-$rows-$1$([ "$skus" = 4 ] || echo "-skus${skus//,/}").xlsx"; }
for kind in shared inline; do
  file="$(name $kind)"
  if [ ! -f "$file" ]; then
    java -Xmx2g -cp "$cp" shelf.importer.xlsx.bench.BenchmarkWorkbooks "$file" "$rows" "$kind" "$skus"
  fi
done

echo "== read: the xlsx importer alone"
# one fresh JVM per workbook: read 1 is what a just-started runtime's first import costs
for kind in shared inline; do
  java -Xmx256m -Drepeats="$reads" -cp "$cp" shelf.importer.xlsx.bench.ReadBenchmark "$(name $kind)"
done

echo "== end to end: import into the store through the distribution, SHELF_JAVA_OPTS=-Xmx256m"
"$shelf" --version >/dev/null   # ./shelf builds the distribution first when it is stale
now_ms() { date +%s%3N; }
running=""
trap '[ -n "$running" ] && "$shelf" --home "$running" stop >/dev/null 2>&1 || true' EXIT

# "peak heap X MB, live Y MB" over the GC log lines after line MARK. Serial GC logs "… Pause Young … 180M->23M(247M)":
# the peak is the largest occupancy when a collection began (garbage included: the collector lets the heap
# fill up to its limit before it works); the live set is the largest left after a full collection.
heap_since() {
  tail -n +"$(($2 + 1))" "$1" | sed -n 's/.*Pause \([A-Za-z]*\) .* \([0-9]*\)M->\([0-9]*\)M([0-9]*M).*/\1 \2 \3/p' \
    | awk '{ if ($2 > p) p = $2; if ($1 == "Full" && $3 > l) l = $3; if ($1 == "Full") f++; n++ }
           END { if (!n) { print "no GC during the import"; exit }
                 printf "peak heap %d MB, %d GCs", p, n
                 if (f) printf ", live after full GC %d MB", l; else printf ", no full GC" }'
}

for kind in shared inline; do
  file="$(name $kind)"
  home="$out/home-$kind"
  gclog="$out/gc-$kind.log"
  rm -rf "$home" "$gclog"
  pg_home "$home" "shelf_bench_$kind"
  SHELF_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$gclog" "$shelf" --home "$home" start >/dev/null
  running="$home"
  "$shelf" --home "$home" -c "feature:install importers" >/dev/null
  pid="$(cat "$home/data/shelf.pid")"
  # first: what a just-started runtime costs; then every product unchanged; then all new again, warm
  for pass in "first import, all new" "re-import, unchanged" "all new again, warm"; do
    merchant=bench; [ "$pass" = "all new again, warm" ] && merchant=bench-2
    mark="$(wc -l <"$gclog")"
    began="$(now_ms)"
    report="$("$shelf" --home "$home" -c "import $file --merchant $merchant")"
    wall="$(( $(now_ms) - began ))"
    read_rows="$(sed -n 's/^  rows read *\([0-9]*\).*/\1/p' <<<"$report")"
    seconds="$(sed -n 's/^  time *\([0-9.]*\) s.*/\1/p' <<<"$report")"
    products="$(sed -n 's/^  products *\(.*\)/\1/p' <<<"$report")"
    rss="$(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status")"
    printf '%s, %-21s: %s rows, %s s, %s rows/s (wall %.2f s); %s; peak RSS %s; products %s\n' \
      "$(basename "$file")" "$pass" "$read_rows" "$seconds" \
      "$(awk -v r="$read_rows" -v s="$seconds" 'BEGIN { printf "%d", r / s }')" "$(awk -v w="$wall" 'BEGIN { print w / 1000 }')" \
      "$(heap_since "$gclog" "$mark")" "$rss" "$products"
  done
  if [ -n "${SHELF_BENCH_PG_URL:-}" ]; then
    echo "  catalogue database: $(pg_size "shelf_bench_$kind")"
  else
    echo "  catalogue file: $(du -h "$home/data/catalog.mv.db" | cut -f1)"
  fi
  "$shelf" --home "$home" stop >/dev/null
  running=""
done
