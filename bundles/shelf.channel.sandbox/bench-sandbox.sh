#!/usr/bin/env bash
# Requests per second the marketplace sandbox answers on this machine, driven by the five real adapters
# (signed, token-checked calls: create, then find by outer id). Prints figures; not a test.
# Usage: bundles/shelf.channel.sandbox/bench-sandbox.sh [SECONDS=10] [CLIENT_THREADS=32]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$root"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
# the reactor compiles the sandbox and what it needs, and writes the sandbox's test classpath last
mvn -B -o -q -pl bundles/shelf.channel.sandbox -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
java -cp "bundles/shelf.channel.sandbox/target/test-classes:bundles/shelf.channel.sandbox/target/classes:$(cat "$cp")" \
  shelf.channel.sandbox.internal.SandboxBenchmark "${1:-10}" "${2:-32}"
