#!/usr/bin/env bash
# Measures Shelf as a user meets it, and prints the figures (a benchmark, not a test):
#   startup  time from launching ./shelf to the first interactive prompt "shelf…> ", in a pseudo-terminal
#            (util-linux `script`): a fresh SHELF_HOME each run, then a home that has run before
#   memory   resident set (VmRSS) of the idle background runtime, some seconds after `shelf start`
#   deploy   time from copying a bundle into deploy/ until its activator runs (the bundle writes the
#            time of its activation to a file), for a new bundle and for replacing it with a new version
# Usage: runtime/benchmark.sh [RUNS]   (default 7; ./shelf builds the distribution when it is stale)
#        SHELF=runtime/target/shelf/bin/shelf runtime/benchmark.sh   measures the distribution alone,
#        without ./shelf's check of the sources (and a rebuild while someone edits them)
set -euo pipefail
runs="${1:-7}"
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
shelf="$(readlink -f "${SHELF:-$root/shelf}")"
work="$(mktemp -d -t shelf-bench.XXXXXX)"
trap '"$shelf" --home "$work/home-daemon" stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
stats() { sort -n | awk '{v[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (%d runs)", v[1], v[int((NR+1)/2)], v[NR], NR}'; }

"$shelf" --version >/dev/null   # builds the distribution first when it is stale

# Time to the first prompt of one interactive run on HOME; types `exit` once the prompt shows.
prompt_ms() {
  local home="$1" screen="$work/screen" keys="$work/keys"
  rm -f "$screen" "$keys"; mkfifo "$keys"
  local began; began=$(now_ms)
  TERM=xterm-256color script -qfec "$shelf --home $home" /dev/null <"$keys" >"$screen" 2>&1 &
  local session=$!
  exec 3>"$keys"
  until grep -qaE 'shelf[^[:cntrl:]]*> ' "$screen" 2>/dev/null; do
    kill -0 "$session" 2>/dev/null || { echo "shelf exited before its prompt:" >&2; cat "$screen" >&2; exit 1; }
    sleep 0.005
  done
  local shown; shown=$(now_ms)
  printf 'exit\r' >&3; exec 3>&-
  wait "$session" || true
  echo $((shown - began))
}

"$shelf" --home "$work/warmup" -c "bundle:list" >/dev/null   # warm the page cache and the JIT-less paths
fresh=(); again=()
for i in $(seq "$runs"); do fresh+=("$(prompt_ms "$work/fresh-$i")"); done
for i in $(seq "$runs"); do again+=("$(prompt_ms "$work/fresh-1")"); done
echo "startup to first prompt, fresh home:   $(printf '%s\n' "${fresh[@]}" | stats)"
echo "startup to first prompt, used home:    $(printf '%s\n' "${again[@]}" | stats)"

home="$work/home-daemon"
"$shelf" --home "$home" start >/dev/null
pid=$(sed -n 's/.*(pid \([0-9]*\),.*/\1/p' <<<"$("$shelf" --home "$home" status)")
sleep 5
echo "idle runtime resident memory:          $(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$pid/status") (pid $pid, 5 s after start)"
"$shelf" --home "$home" -c "bundle:list; help; feature:list" >/dev/null; sleep 2
echo "                                       $(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$pid/status") after some commands"

# A bundle whose activator writes the wall-clock time of its activation to HOME/log/activated-VERSION.
bench="$work/bench-bundle"; mkdir -p "$bench/src/bench" "$bench/classes"
cat >"$bench/src/bench/Activator.java" <<'JAVA'
package bench;
import java.nio.file.*;
import org.osgi.framework.*;
public class Activator implements BundleActivator {
    public void start(BundleContext context) throws Exception {
        String now = Long.toString(System.currentTimeMillis());
        Path marker = Path.of(context.getProperty("shelf.home"), "log", "activated-" + context.getBundle().getVersion());
        Files.writeString(marker, now);
    }
    public void stop(BundleContext context) {}
}
JAVA
javac -d "$bench/classes" -cp "$(ls "$root"/runtime/target/shelf/lib/org.apache.felix.framework-*.jar)" \
  "$bench/src/bench/Activator.java"
make_bundle() {   # VERSION → jar path
  printf 'Bundle-ManifestVersion: 2\nBundle-SymbolicName: shelf.bench.deploy\nBundle-Version: %s\nBundle-Activator: bench.Activator\nImport-Package: org.osgi.framework\n' "$1" >"$bench/MANIFEST-$1.MF"
  jar cfm "$bench/bench-$1.jar" "$bench/MANIFEST-$1.MF" -C "$bench/classes" . && echo "$bench/bench-$1.jar"
}
deploy_ms() {     # VERSION → ms from copy to activation
  local jar marker="$home/log/activated-$1" began
  jar=$(make_bundle "$1")
  began=$(now_ms)
  cp "$jar" "$home/deploy/shelf.bench.deploy.jar"
  for _ in $(seq 1000); do [[ -s "$marker" ]] && break; sleep 0.01; done
  [[ -s "$marker" ]] || { echo "the bundle $1 was not activated within 10 s — see $home/log/shelf.log" >&2; exit 1; }
  echo $(( $(cat "$marker") - began ))
}
installs=(); updates=()
for i in $(seq "$runs"); do
  installs+=("$(deploy_ms "1.$i.0")")
  updates+=("$(deploy_ms "1.$i.1")")
  rm "$home/deploy/shelf.bench.deploy.jar"
  "$shelf" --home "$home" -c "bundle:list" | grep -q shelf.bench.deploy && sleep 1   # let the uninstall land
done
echo "hot deploy, new bundle to active:      $(printf '%s\n' "${installs[@]}" | stats)"
echo "hot deploy, replaced bundle to active: $(printf '%s\n' "${updates[@]}" | stats)"
