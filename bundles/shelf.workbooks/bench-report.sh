#!/usr/bin/env bash
# Findings-report benchmark (issue 4, `report BATCH --out FILE.xlsx`): writes the report of a generated
# 100,000-row, 28-column workbook in a JVM with -Xmx256m (the runtime's heap) and prints seconds, rows/s and
# peak heap — once with a finding on every 10th row, once on every row (the worst case: notes stay in memory).
#
#   bundles/shelf.workbooks/bench-report.sh [rows=100000]
#
# Builds offline with the reactor (no install); the workbook is kept in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000}"
module=bundles/shelf.workbooks
out="$PWD/$module/target/bench"
mkdir -p "$out"
mvn -B -o -q -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath.txt"
cp="$module/target/classes:$module/target/test-classes:$(cat "$out/classpath.txt")"
for every in 10 1; do
  java -Xmx256m -cp "$cp" shelf.workbooks.internal.report.ReportBenchmark "$out" "$rows" "$every"
done
