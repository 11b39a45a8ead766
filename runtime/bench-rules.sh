#!/usr/bin/env bash
# Rule benchmark (issue 4): the base pack and the three category packs (apparel, home, digital), read from
# the rule bundles' JSON, run by the rule engine over 1,000,000 generated SKUs (200,000 products × 5) with
# main images read from real files' headers; prints SKUs/s for each round (round 1 includes JIT warm-up).
#
#   runtime/bench-rules.sh [skus=1000000] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
module=bundles/shelf.rules.engine
out=runtime/target/bench
mkdir -p "$out"
mvn -B -q -pl bundles/shelf.api,"$module" -am install -DskipTests
mvn -B -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$out/rules-classpath.txt"
cd "$module"   # the benchmark reads the packs from ../shelf.rules.*/
java -Xmx3g -cp "target/classes:target/test-classes:$(cat "../../$out/rules-classpath.txt")" \
  shelf.rules.engine.internal.RuleBenchmark "${1:-1000000}" "${2:-3}"
