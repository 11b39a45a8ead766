#!/usr/bin/env bash
# A million SKUs in one batch (issue 14), through the real distribution at its default heap (-Xmx512m, bin/shelf):
# a generated 1,000,000-row, 28-column CSV file of the template's columns (250,000 products × 4 SKUs, the rows of
# the import benchmark's workbooks) is imported into a fresh SHELF_HOME,
# validated with the shipped packs and a deployed pack that finds something on every SKU (so at least one
# finding per SKU is stored), then `findings` and `report` of the batch; then the batch's way to the marketplaces: its
# merchant made VIP (clean products pass review on submit), `submit --batch`, `review:approve --batch` (an admin
# approving what waits, in bulk), and `publish --channel weidian` to the local sandbox, followed for a fixed window
# (the default rate of 50 calls/s per channel would take hours over 250,000 products): the products live at its
# start and end give the send rate, and the heap during it is printed too. For each step it prints the whole
# command's seconds (`shelf -c`, the client's attach included) and the runtime's peak heap during it from its
# GC log (the heap's occupancy when a collection began, garbage included: the serial collector lets the heap
# fill up before it works; and what a full collection left, when there was one).
#
#   runtime/bench-million.sh [rows=1000000]
#   SHELF=runtime/target/shelf/bin/shelf runtime/bench-million.sh   that distribution as it is, no rebuild
#   SHELF_BENCH_JAVA_OPTS=-Xmx2g runtime/bench-million.sh            the runtime with other options (a larger heap)
#   STEPS="import validate submit approve publish" runtime/bench-million.sh   only these steps (default: all of
#                                 import validate findings report submit approve publish)
#   WINDOW=60 runtime/bench-million.sh                                 seconds the sending is followed (default 60)
#
# The file is kept in runtime/target/bench/ (generated when missing from shelf.importer.xlsx.bench.
# BenchmarkWorkbooks, in the module's test classes).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
rows="${1:-1000000}"
module=bundles/shelf.importer.xlsx
out="$root/runtime/target/bench"
shelf="$(readlink -f "${SHELF:-$root/shelf}")"
mkdir -p "$out"

# CSV, UTF-8: a workbook of a million rows has more shared strings than the runtime's default heap takes
# (the import refuses it and says so), and an inline-string one takes minutes to generate
file="$out/bench-$rows.csv"
if [ ! -f "$file" ]; then
  mvn -B -q -pl "$module" install -DskipTests
  mvn -B -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
  cat >"$out/MillionCsv.java" <<'JAVA'
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import shelf.importer.xlsx.bench.BenchmarkWorkbooks;

/** The rows BenchmarkWorkbooks writes (four SKUs a product), as CSV: args file, rows. */
public class MillionCsv {
    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[1]);
        Random random = new Random(20240305);
        String[] p = new String[14];
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(args[0]), StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", BenchmarkWorkbooks.HEADERS) + "\n");
            for (int r = 1; r <= rows; r++) {
                int spu = (r - 1) / 4 + 1, sku = (r - 1) % 4;
                if (sku == 0) BenchmarkWorkbooks.describeProduct(random, spu, p);
                int cents = 1990 + random.nextInt(50000);
                String[] row = {p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], "颜色", BenchmarkWorkbooks.colour(spu + sku / 2),
                    "尺码", BenchmarkWorkbooks.size(spu + sku), String.format("SPU%06d-%02d", spu, sku + 1),
                    String.valueOf(BenchmarkWorkbooks.barcode(spu * 10L + sku)), money(cents * 0.55), money(cents),
                    money(cents * 0.88), money(cents * 1.5), String.valueOf(random.nextInt(5000)),
                    String.format("%.3f", (150 + random.nextInt(1200)) / 1000.0), p[8], p[9], p[10], p[11], p[12], p[13],
                    "7天无理由退换", "48"};
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) line.append(',');
                    line.append('"').append(row[c].replace("\"", "\"\"")).append('"');
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static String money(double cents) {
        return String.format("%.2f", Math.round(cents) / 100.0);
    }
}
JAVA
  java -Xmx256m -cp "$module/target/test-classes:$(cat "$out/classpath.txt")" "$out/MillionCsv.java" "$file.part" "$rows"
  mv "$file.part" "$file"
fi

# a fresh home's admin (the runtime creates it from these when it has no users yet)
export SHELF_USER="${SHELF_USER:-bench}" SHELF_PASSWORD="${SHELF_PASSWORD:-bench-million-$RANDOM$RANDOM}"
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
SHELF_JAVA_OPTS="-Xlog:gc:file=$gclog ${SHELF_BENCH_JAVA_OPTS:-}" "$shelf" --home "$home" start >/dev/null
running="$home"
"$shelf" --home "$home" -c "feature:install importers; feature:install validation; feature:install rules" >/dev/null
pid="$(cat "$home/data/shelf.pid")"
echo "runtime: $(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o -- '-Xmx[0-9a-zA-Z]*' | tail -1)"

# step NAME COMMAND: runs `shelf -c COMMAND`, prints its seconds and the heap, keeps its output in $out/NAME.out
step() {
  local mark began status=0
  mark="$(wc -l <"$gclog")"
  began="$(now_ms)"
  (cd "$out" && "$shelf" --home "$home" -c "$2" >"$out/$1.out" 2>&1) || status=$?
  printf '%-9s %7.2f s  %s; exit %d; %s\n' "$1" "$(awk -v w="$(( $(now_ms) - began ))" 'BEGIN { print w / 1000 }')" \
    "$(heap_since "$gclog" "$mark")" "$status" "$(grep -v '^ ' "$out/$1.out" | grep -v '^[A-Za-z.-]*  ' | tail -1)"
}

steps=" ${STEPS:-import validate findings report submit approve publish} "
wants() { [[ "$steps" == *" $1 "* ]]; }
step import "import $file --merchant bench"
batch="$(sed -n 's/.*batch \([0-9]*\).*/\1/p' "$out/import.out" | head -1)"
if wants validate; then
  step validate "validate ${batch:-1}"
  sed -n '/^Code/,$p' "$out/validate.out" | head -20
fi
if wants findings; then
  step findings "findings ${batch:-1}"
  echo "          $(grep -c '' "$out/findings.out") lines written by findings"
fi
wants report && step report "report ${batch:-1} --out $out/report-million.xlsx --source $file"

# to the marketplaces: VIP, so a clean product is approved on submit; what waits (blocked by an error) an admin
# approves in bulk — it stays blocked, and publishing leaves it out
"$shelf" --home "$home" -c "merchant:set bench --annual-sales 8000000 --name 百万商品" >/dev/null
wants submit && step submit "submit --batch ${batch:-1}"
wants approve && step approve "review:approve --batch ${batch:-1} --comment 批量审核"
if wants publish; then
  "$shelf" --home "$home" -c "feature:install sandbox" >/dev/null
  step publish "publish ${batch:-1} --channel weidian"
  live() { "$shelf" --home "$home" -c "sandbox:listings weidian --count" | sed -n 's/^listings \([0-9]*\).*/\1/p'; }
  mark="$(wc -l <"$gclog")"; first="$(live)"; began="$(now_ms)"
  sleep "${WINDOW:-60}"
  last="$(live)"; took="$(( $(now_ms) - began ))"
  printf 'sending   %7.2f s  %s; %d listings live on weidian at the end: %d in the window, %.0f listings/s\n' \
    "$(awk -v w="$took" 'BEGIN { print w / 1000 }')" "$(heap_since "$gclog" "$mark")" "$last" "$((last - first))" \
    "$(awk -v n="$((last - first))" -v w="$took" 'BEGIN { print n * 1000 / w }')"
  "$shelf" --home "$home" -c "jobs --limit 1" 2>&1 | tail -1 | sed 's/^/          /'
fi
echo "runtime peak RSS: $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status"); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
"$shelf" --home "$home" stop >/dev/null
running=""
