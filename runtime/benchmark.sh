#!/usr/bin/env bash
# Measures Shelf as a user meets it, and prints the figures (a benchmark, not a test):
#   startup  time from launching ./shelf to the first interactive prompt "shelf…> ", in a pseudo-terminal
#            (util-linux `script`): a fresh SHELF_HOME each run, then a home that has run before; and to the
#            console reading the keyboard, once the login's password check has passed (the prompt shows before)
#   memory   resident set (VmRSS) of the idle background runtime, some seconds after `shelf start`
#   deploy   time from copying a bundle into deploy/ until its activator runs (the bundle writes the
#            time of its activation to a file), for a new bundle and for replacing it with a new version
#   -c       a whole `shelf -c "bundle:list"` with no instance running: start, log in, run, stop
# Usage: SHELF_USER=admin SHELF_PASSWORD=… runtime/benchmark.sh [RUNS]   (default 7; ./shelf builds the
#        distribution when it is stale). Every session logs in, so the credentials are needed: on the fresh
#        homes the benchmark makes they create the admin.
#        SHELF=runtime/target/shelf/bin/shelf runtime/benchmark.sh   measures the distribution alone,
#        without ./shelf's check of the sources (and a rebuild while someone edits them)
#        KARAF=/path/to/apache-karaf-minimal-4.4.8 runtime/benchmark.sh   also measures Karaf's prompt and
#        idle memory the same way, each Karaf run right after a Shelf run so both meet the same load
set -euo pipefail
runs="${1:-7}"
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
shelf="$(readlink -f "${SHELF:-$root/shelf}")"
work="$(mktemp -d -t shelf-bench.XXXXXX)"
trap '"$shelf" --home "$work/home-daemon" stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
stats() { sort -n | awk '{v[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (%d runs)", v[1], v[int((NR+1)/2)], v[NR], NR}'; }

karaf="${KARAF:+$(readlink -f "$KARAF")}"
: "${SHELF_USER:?set SHELF_USER and SHELF_PASSWORD: every session logs in (on a fresh home they create the admin)}"
: "${SHELF_PASSWORD:?set SHELF_USER and SHELF_PASSWORD: every session logs in (on a fresh home they create the admin)}"
"$shelf" --version >/dev/null   # builds the distribution first when it is stale

# Time to the first prompt of one interactive run of COMMAND whose prompt matches PATTERN; types `exit`
# once the prompt shows. With READY (a Perl pattern), also the time until the screen matches it, after the prompt.
prompt_ms() {
  local command="$1" pattern="$2" ready="${4:-}" screen="$work/screen" keys="$work/keys"
  rm -f "$screen" "$keys"; mkfifo "$keys"
  local began; began=$(now_ms)
  TERM=xterm-256color script -qfec "$command" /dev/null <"$keys" >"$screen" 2>&1 &
  local session=$!
  exec 3>"$keys"
  until grep -qaE "$pattern" "$screen" 2>/dev/null; do
    kill -0 "$session" 2>/dev/null || { echo "$command exited before its prompt:" >&2; cat "$screen" >&2; exit 1; }
    sleep 0.005
  done
  local shown; shown=$(now_ms)
  local reading=$shown
  if [[ -n "$ready" ]]; then
    until grep -qaP "$ready" "$screen" 2>/dev/null; do
      kill -0 "$session" 2>/dev/null || { echo "$command exited before reading:" >&2; cat "$screen" >&2; exit 1; }
      sleep 0.005
    done
    reading=$(now_ms)
  fi
  printf '%s\r' "${3:-exit}" >&3; exec 3>&-
  wait "$session" || true
  echo $((shown - began)) $((reading - began))
}
# The prompt shows while the login's password check finishes; the console reads the keyboard once JLine's line
# reader draws it again (after switching the terminal's bracketed paste on): that second time is "reading".
shelf_prompt_ms() { prompt_ms "$shelf --home $1" 'shelf[^[:cntrl:]]*> ' exit '\e\[\?2004hshelf> '; }
# Karaf's own data/ holds its cache; `logout` leaves its console (and stops that Karaf).
karaf_prompt_ms() { prompt_ms "$karaf/bin/karaf" '@root\(\)> ' logout; }

"$shelf" --home "$work/warmup" -c "bundle:list" >/dev/null   # warm the page cache and the JIT-less paths
fresh=(); again=(); karafs=()
if [[ -n "$karaf" ]]; then karaf_prompt_ms >/dev/null; fi   # its first start resolves its features: "used" from here
reading_fresh=(); reading_again=()
for i in $(seq "$runs"); do
  read -r shown reading <<<"$(shelf_prompt_ms "$work/fresh-$i")"; fresh+=("$shown"); reading_fresh+=("$reading")
done
for i in $(seq "$runs"); do
  read -r shown reading <<<"$(shelf_prompt_ms "$work/fresh-1")"; again+=("$shown"); reading_again+=("$reading")
  if [[ -n "$karaf" ]]; then karafs+=("$(karaf_prompt_ms | cut -d' ' -f1)"); fi
done
echo "startup to first prompt, fresh home:   $(printf '%s\n' "${fresh[@]}" | stats)"
echo "  … to reading the keyboard (logged in): $(printf '%s\n' "${reading_fresh[@]}" | stats)"
echo "startup to first prompt, used home:    $(printf '%s\n' "${again[@]}" | stats)"
echo "  … to reading the keyboard (logged in): $(printf '%s\n' "${reading_again[@]}" | stats)"
if [[ -n "$karaf" ]]; then
  echo "Karaf to first prompt, used data/:     $(printf '%s\n' "${karafs[@]}" | stats)"
  printf '%s\n' "${again[@]}" >"$work/shelf-ms"; printf '%s\n' "${karafs[@]}" >"$work/karaf-ms"
  echo "Shelf / Karaf, run by run:             $(paste "$work/shelf-ms" "$work/karaf-ms" \
    | awk '{printf "%.2f\n", $1 / $2}' | sort -n | awk '{v[NR]=$1} END {printf "median %s (min %s, max %s)", v[int((NR+1)/2)], v[1], v[NR]}')"
fi

# A whole `shelf -c` with no instance running on the home: the framework starts in the process and stops.
whole=()
for i in $(seq "$runs"); do
  began=$(now_ms); "$shelf" --home "$work/fresh-1" -c "bundle:list" >/dev/null; whole+=($(( $(now_ms) - began )))
done
echo "shelf -c \"bundle:list\", no instance:   $(printf '%s\n' "${whole[@]}" | stats)"

home="$work/home-daemon"
"$shelf" --home "$home" start >/dev/null
pid=$(sed -n 's/.*(pid \([0-9]*\),.*/\1/p' <<<"$("$shelf" --home "$home" status)")
sleep 5
echo "idle runtime resident memory:          $(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$pid/status") (pid $pid, 5 s after start)"
"$shelf" --home "$home" -c "bundle:list; help; feature:list" >/dev/null; sleep 2
echo "                                       $(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$pid/status") after some commands"
if [[ -n "$karaf" ]]; then
  "$karaf/bin/start"
  for _ in $(seq 600); do "$karaf/bin/status" >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 5
  karaf_pid=$(cat "$karaf/karaf.pid")
  echo "Karaf idle resident memory:            $(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$karaf_pid/status") (5 s after bin/start)"
  "$karaf/bin/stop"
fi

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
