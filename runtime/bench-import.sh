#!/usr/bin/env bash
# Reading benchmark of the xlsx importer (issue 3): generates two 100,000-row, 28-column workbooks of the
# default template — one with shared strings (as Excel saves), one with inline strings (as openpyxl
# saves) — and reads each with -Xmx256m, printing rows/s, seconds and peak heap per read.
#
#   runtime/bench-import.sh [rows=100000] [reads-per-file=3]
#
# The workbooks are kept in runtime/target/bench/ (regenerated when missing), for the end-to-end import
# benchmark to reuse: shelf.importer.xlsx.bench.BenchmarkWorkbooks is in the module's test-jar.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
reads="${2:-3}"
module=bundles/shelf.importer.xlsx
out=runtime/target/bench
mkdir -p "$out"

mvn -B -q -pl "$module" install -DskipTests
mvn -B -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="$module/target/classes:$module/target/test-classes:$(cat "$out/classpath.txt")"

for kind in shared inline; do
  file="$out/bench-$rows-$kind.xlsx"
  if [ ! -f "$file" ]; then
    java -Xmx2g -cp "$cp" shelf.importer.xlsx.bench.BenchmarkWorkbooks "$file" "$rows" "$kind"
  fi
done

# one fresh JVM per workbook: read 1 is what a just-started runtime's first import costs
for kind in shared inline; do
  java -Xmx256m -Drepeats="$reads" -cp "$cp" shelf.importer.xlsx.bench.ReadBenchmark "$out/bench-$rows-$kind.xlsx"
done
