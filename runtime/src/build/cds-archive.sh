#!/usr/bin/env bash
# Writes DIST/lib/shelf.jsa, the class-data archive of the classes a start loads (the launcher's, Felix's,
# JLine's and every bundle's), from one training run of the distribution on a fresh home: an interactive
# session in a pseudo-terminal (util-linux `script`; `-c` where there is none) that logs in, which starts the
# core and the console, then types `product:list`, which waits for the plugins to start. bin/shelf maps the
# archive when it is there: a start then reads those classes already parsed and verified instead of from the
# jars (README, "Benchmarks"). The JVM leaves the archive aside, silently, when the JDK, the class path or a
# class differs from the training run's.
# Usage: src/build/cds-archive.sh DIST   (the build runs it in the package phase)
set -euo pipefail
dist="$(cd "$1" && pwd)"
work="$dist/../cds-training"
rm -rf "$work" "$dist/lib/shelf.jsa"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
export SHELF_USER=cds SHELF_PASSWORD="$(head -c 18 /dev/urandom | base64)"
# written beside the distribution first, so a run that dies half-way never leaves half an archive in lib/
export SHELF_JAVA_OPTS="-XX:ArchiveClassesAtExit=$work/shelf.jsa"
failed() { cat "$work/training.log" >&2; echo "the class-data training run failed: $1" >&2; exit 1; }

if command -v script >/dev/null; then
  mkfifo "$work/keys"
  TERM=xterm-256color script -qfec "bash $dist/bin/shelf --home $work/home" /dev/null \
    <"$work/keys" >"$work/training.log" 2>&1 &
  session=$!
  exec 3>"$work/keys"
  for _ in $(seq 1200); do
    grep -qaE 'shelf[^[:cntrl:]]*> ' "$work/training.log" && break
    kill -0 "$session" 2>/dev/null || failed "the shell ended before its prompt"
    sleep 0.05
  done
  grep -qaE 'shelf[^[:cntrl:]]*> ' "$work/training.log" || failed "no prompt within a minute"
  printf 'product:list\rexit\r' >&3
  exec 3>&-
  wait "$session" || failed "the shell's exit status was $?"
else
  bash "$dist/bin/shelf" --home "$work/home" -c "bundle:list; product:list" >"$work/training.log" 2>&1 \
    || failed "shelf -c"
fi
[[ -s "$work/shelf.jsa" ]] || failed "no archive was written"
mv "$work/shelf.jsa" "$dist/lib/shelf.jsa"
