#!/usr/bin/env bash
# Writes DIST/lib/shelf.jsa, the class-data archive of the classes a start loads (the launcher's, Felix's and
# every bundle's), from one training run of the distribution: `-c "bundle:list; product:list"` on a fresh
# home, which starts the core, logs in, then starts every boot feature's plugin. bin/shelf maps the archive
# when it is there: a start then reads those classes already parsed and verified instead of from the jars
# (README, "Benchmarks": about a fifth less CPU to a whole `shelf -c`). The JVM ignores the archive, silently,
# when the JDK, the class path or a class differs from the training run's.
# Usage: src/build/cds-archive.sh DIST   (the build runs it in the package phase)
set -euo pipefail
dist="$(cd "$1" && pwd)"
work="$dist/../cds-training"
rm -rf "$work" "$dist/lib/shelf.jsa"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
password="$(head -c 18 /dev/urandom | base64)"
# written beside the distribution first, so a run that dies half-way never leaves half an archive in lib/
SHELF_USER=cds SHELF_PASSWORD="$password" SHELF_JAVA_OPTS="-XX:ArchiveClassesAtExit=$work/shelf.jsa" \
  bash "$dist/bin/shelf" --home "$work/home" -c "bundle:list; product:list" >"$work/training.log" 2>&1 \
  || { cat "$work/training.log" >&2; exit 1; }
mv "$work/shelf.jsa" "$dist/lib/shelf.jsa"
