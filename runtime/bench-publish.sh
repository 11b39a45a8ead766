#!/usr/bin/env bash
# Publishing benchmark (issue 6), in two parts:
#   engine    the real publishing engine and its H2 outbox in one JVM, against five in-process channel
#             adapters that answer at once (or after --latency): listings/s for every product new (create),
#             every product changed (update), and nothing changed (no call). Prints its own figures.
#   sandbox   the real distribution against the marketplace sandbox (the sandbox feature is installed; it and
#             the five adapter bundles must be in the build): a fresh SHELF_HOME, a generated 10,000-row workbook,
#             `publish 1 --all-channels --wait`, then `sandbox:listings C --count` for every channel.
#             With FAULTS=1 the sandbox injects 10% timeouts, 10% lost responses, 10% system busy and a
#             50 QPS limit, and the runtime is killed with kill -9 once half the products are live on
#             Weidian, and started again (the same run as PublishChaosIT, on the benchmark's workbook).
#
#   runtime/bench-publish.sh engine [products=4000] [concurrency=8] [latency-ms=0] [skus-per-product=3]
#   runtime/bench-publish.sh sandbox [rows=10000]        FAULTS=1 for the fault run, FEATURES="a b" to install
#   SHELF_BENCH_PG_URL=jdbc:postgresql://HOST:PORT/DB SHELF_BENCH_PG_USER=… SHELF_BENCH_PG_PASSWORD=… with sandbox:
#        the catalogue (and the jobs' outbox) in PostgreSQL, a fresh database shelf_bench_publish each run
#
# Builds with the reactor from this tree, offline, and never installs into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
. runtime/bench-pg.sh
root="$PWD"
out="$root/runtime/target/bench"
mkdir -p "$out"
part="${1:-engine}"
shift || true

classpath() { # $1: module; test classes of the module and its reactor dependencies first
  mvn -B -q -o -Dstyle.color=never -pl "$1" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/classpath.txt" >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
  local cp="$1/target/classes:$1/target/test-classes"
  for m in bundles/shelf.api bundles/shelf.core bundles/shelf.security bundles/shelf.catalog bundles/shelf.rules.engine bundles/shelf.importer.xlsx; do
    cp="$cp:$m/target/classes:$m/target/test-classes"
  done
  echo "$cp:$(cat "$out/classpath.txt")"
}

if [ "$part" = engine ]; then
  java -cp "$(classpath bundles/shelf.publish)" shelf.publish.internal.PublishBenchmark "$@" 2>&1 | grep -v '^INFO:\|^[A-Z][a-z][a-z] [0-9]'
  exit 0
fi

[ "$part" = sandbox ] || { echo "usage: runtime/bench-publish.sh engine|sandbox …" >&2; exit 2; }
rows="${1:-10000}"
shelf="$(readlink -f "${SHELF:-$root/shelf}")"
home="$out/publish-home"
file="$out/publish-$rows.xlsx"
channels="weidian taobao pinduoduo douyin wechat"
[ -f "$file" ] || java -cp "$(classpath bundles/shelf.importer.xlsx)" shelf.importer.xlsx.bench.BenchmarkWorkbooks "$file" "$rows" shared
rm -rf "$home"
pg_home "$home" shelf_bench_publish
export SHELF_USER="${SHELF_USER:-admin}" SHELF_PASSWORD="${SHELF_PASSWORD:-bench-admin-1}"   # a fresh home: creates the admin
"$shelf" --home "$home" start >/dev/null
trap '"$shelf" --home "$home" stop >/dev/null 2>&1 || true' EXIT
for f in sandbox ${FEATURES:-}; do "$shelf" --home "$home" -c "feature:install $f" >/dev/null; done
# Without faults the engine's own limit is off. The fault run uses PublishChaosIT's settings: 48 calls/s against
# the sandbox's 50, 32 in flight, retries at most 5 s apart, a channel call given up after 2 s.
mkdir -p "$home/etc/features"
if [ "${FAULTS:-0}" = 1 ]; then
  publish="\"qps\": ${QPS:-48}, \"concurrency\": ${CONCURRENCY:-32}, \"backoffMaxMillis\": 5000"
  timeouts=""
  for c in $channels; do timeouts="$timeouts, \"shelf.channel.$c\": { \"timeoutMs\": 2000 }"; done
else
  publish="\"qps\": ${QPS:-0}, \"concurrency\": ${CONCURRENCY:-16}"
  timeouts=""
fi
cat >"$home/etc/features/publish-bench.json" <<JSON
{ "feature-resource-version": "1.0", "id": "local:publish-bench:1.0.0", "name": "publishing benchmark settings",
  "bundles": [], "configurations": { "shelf.publish": { $publish },
  "shelf.channel.sandbox": { "threads": ${SANDBOX_THREADS:-8} }$timeouts } }
JSON
"$shelf" --home "$home" -c "feature:install publish-bench" >/dev/null
"$shelf" --home "$home" -c "import $file --merchant bench" | sed -n '1,3p'
# a VIP merchant: products without errors pass review at once (publishing takes approved products only)
"$shelf" --home "$home" -c "merchant:set bench --annual-sales 8000000; submit 1" | tail -1
"$shelf" --home "$home" -c "channel:list"
if [ "${FAULTS:-0}" = 1 ]; then
  "$shelf" --home "$home" -c "sandbox:faults all --timeout 0.1 --lost-response 0.1 --busy 0.1 --qps 50"
  began="$(date +%s)"
  queued="$("$shelf" --home "$home" -c "publish 1 --all-channels" | tee /dev/stderr | sed -n 's/^queued \([0-9,]*\) jobs.*/\1/p' | tr -d ,)"
  half=$(( queued / 5 / 2 ))
  # kill -9 once half the products are live on Weidian (the fastest channel), then start again
  until [ "$("$shelf" --home "$home" -c "sandbox:listings weidian --count" | sed 's/listings \([0-9]*\).*/\1/')" -ge "$half" ]; do
    sleep 2
  done
  kill -9 "$(cat "$home/data/shelf.pid")"
  echo "killed with kill -9 after $(( $(date +%s) - began )) s, $half products live on weidian; starting again"
  sleep 1
  "$shelf" --home "$home" start >/dev/null
  "$shelf" --home "$home" -c "sandbox:faults all --timeout 0.1 --lost-response 0.1 --busy 0.1 --qps 50" >/dev/null
  "$shelf" --home "$home" -c "jobs --wait --limit 5"
  echo "every job ended $(( $(date +%s) - began )) s after publish"
else
  "$shelf" --home "$home" -c "sandbox:faults all --timeout 0 --lost-response 0 --busy 0 --qps 0 --latency 0" || true
  "$shelf" --home "$home" -c "publish 1 --all-channels --wait"
fi
for c in $channels; do printf '%-10s ' "$c"; "$shelf" --home "$home" -c "sandbox:listings $c --count"; done
"$shelf" --home "$home" -c "channel:list"
