#!/usr/bin/env bash
# Web workbench load benchmark (issue 16): 50 reviewers' sessions browsing and approving for 60 s on loopback
# against a catalogue of 100,000 products in review.
#   prepare  (once, kept in runtime/target/bench/web-template-…): the generated 100,000-row workbook
#            (shelf.importer.xlsx.bench.BenchmarkWorkbooks: 25,000 products of 4 SKUs) imported for the merchants
#            bench-1…bench-4 (100,000 products), then `submit --batch N` of each (every product to 初审 pre-review:
#            the real path, rule packs and audit trail included), 50 reviewers rev1…rev50 (scope: those four
#            merchants) and the web feature
#   run      a copy of the template, `shelf start`, then shelf.launcher.WebLoad (runtime's test classes): each
#            session logs in (carrying the CSRF token), then loops: queue → a product page → board → approve that
#            product; at the end the driver's approvals are compared with the review states and the audit trail.
#
#   runtime/bench-web.sh [sessions=50] [seconds=60] [merchants=4] [think-ms=1000]
#        think-ms: how long a session waits after each page, on average (a reviewer reads it); 0 for none
#   runtime/bench-web.sh 50 60 4 1000 lists    the queue and the board only: no product page, no approval
#   SHELF=runtime/target/shelf/bin/shelf runtime/bench-web.sh    measure that distribution as it is
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
sessions="${1:-50}"
seconds="${2:-60}"
merchants="${3:-4}"
think="${4:-1000}"
pages="${5:-all}"
rows=100000
out="$root/runtime/target/bench"
shelf="$(readlink -f "${SHELF:-$root/runtime/target/shelf/bin/shelf}")"
template="$out/web-template-$merchants"
home="$out/web-home"
port="${SHELF_BENCH_WEB_PORT:-18181}"
mkdir -p "$out"
running=""
trap '[ -n "$running" ] && "$shelf" --home "$running" stop >/dev/null 2>&1 || true' EXIT

if [ ! -d "$template" ]; then
  module=bundles/shelf.importer.xlsx
  file="$out/bench-$rows-shared.xlsx"
  if [ ! -f "$file" ]; then
    mvn -B -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
    java -Xmx2g -cp "$module/target/classes:$module/target/test-classes:$(cat "$out/classpath.txt")" \
      shelf.importer.xlsx.bench.BenchmarkWorkbooks "$file" "$rows" shared
  fi
  rm -rf "$template.tmp"
  mkdir -p "$template.tmp/etc/features"
  printf '{ "feature-resource-version": "1.0", "id": "local:web-bench:1.0.0", "bundles": [],\n  "configurations": { "shelf.web": { "port": %s } } }\n' "$port" \
    >"$template.tmp/etc/features/web-bench.json"
  export SHELF_USER=bench-admin SHELF_PASSWORD=bench-admin-pass-1   # the first admin, made by the first command
  "$shelf" --home "$template.tmp" start >/dev/null
  running="$template.tmp"
  scope=""
  for m in $(seq 1 "$merchants"); do
    began=$(date +%s)
    "$shelf" --home "$template.tmp" -c "import $file --merchant bench-$m" | grep -E '^  (products|time)'
    echo "import for bench-$m: $(( $(date +%s) - began )) s"; began=$(date +%s)
    "$shelf" --home "$template.tmp" -c "submit --batch $m" | tail -n 1
    echo "submit --batch $m: $(( $(date +%s) - began )) s"
    scope="$scope${scope:+,}bench-$m"
  done
  users=""
  for i in $(seq 1 50); do users="$users user:add rev$i --role reviewer --merchant $scope;"; done
  SHELF_NEW_PASSWORD=bench-pass-1 "$shelf" --home "$template.tmp" -c "$users" >/dev/null
  "$shelf" --home "$template.tmp" -c "feature:install web; feature:install web-bench" >/dev/null
  "$shelf" --home "$template.tmp" stop >/dev/null
  running=""
  mv "$template.tmp" "$template"
fi

rm -rf "$home"
cp -a "$template" "$home"
"$shelf" --home "$home" start >/dev/null
running="$home"
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done

cp_file="$out/runtime-test-classpath.txt"
[ -f "$cp_file" ] || mvn -B -q -o -f runtime/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
echo "load: $(uptime)"
status=0
java -Xmx512m -cp "runtime/target/test-classes:$(cat "$cp_file")" shelf.launcher.WebLoad \
  "http://127.0.0.1:$port" "$sessions" "$seconds" bench-pass-1 "$out/web-approvals.txt" "$think" "$pages" || status=$?
echo "after: $(uptime)"
"$shelf" --home "$home" stop >/dev/null
running=""
# the audit trail against the driver: one line per step a reviewer made, each product's step once
audit="$( { grep -E '"user":"rev[0-9]+","command":"review:(final-review|approved)"' "$home/data/audit.log" || true; } \
  | sed -E 's/.*"user":"(rev[0-9]+)","command":"review:([a-z-]+)","objects":\["product:([^"]+)"\].*/\3 \2 \1/' | sort)"
made="$(sed -E 's/ pre-review→final-review / final-review /; s/ final-review→approved / approved /' "$out/web-approvals.txt" | sort)"
echo "audit trail: $(grep -c . <<<"$audit") review steps by the reviewers, $(cut -d' ' -f1,2 <<<"$audit" | sort | uniq -d | grep -c .) repeated;" \
  "driver: $(grep -c . <<<"$made"); $( [ "$audit" = "$made" ] && echo "the same steps by the same reviewers" || echo "DIFFERENT")"
[ "$audit" = "$made" ] && exit "$status"
exit 1
