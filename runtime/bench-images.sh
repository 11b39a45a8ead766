#!/usr/bin/env bash
# Image benchmark (issue 5): 40 photo-like JPEGs of 2400×2400 (generated: lit backdrop, shaded object, text,
# fabric texture and sensor noise; camera-like quality 92) to 800×800 WebP at quality 80, metadata stripped:
#   shelf  the real distribution, as users run it: `shelf start` on a fresh SHELF_HOME (the default
#          -Xmx512m), the photos imported as a batch of 40 products with one main image each, then
#          `shelf -c "images:process 1 --profile main"`. images/s is the command's own figure (decoding,
#          resizing, checks, encoding and storing, on all cores); the wall time of the whole `shelf -c`
#          adds the client's attach. Pass 1 is a just-started runtime (JIT cold); before each later pass
#          SHELF_HOME/media is emptied so every image is processed again, in a warm runtime.
#   vips   `vipsthumbnail -s 800x800 -o %s.webp[Q=80,strip]`, one process per photo, two at a time
#          (xargs -P2), on the same files, alternating with the shelf passes.
# Output bytes of both are the sum of the 40 WebP files. Other work on the machine skews both alike only
# when it is steady: the load average is printed before and after.
#
#   runtime/bench-images.sh [passes=3] [photos=40]
#   SHELF=runtime/target/shelf/bin/shelf runtime/bench-images.sh   measures that distribution as it is
#
# Needs vipsthumbnail (apt-get install libvips-tools). Photos are kept in runtime/target/bench-images/
# (shelf.image.standard.bench.BenchmarkPhotos, from the module's test classes).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
passes="${1:-3}"
count="${2:-40}"
module=bundles/shelf.image.standard
out="$root/runtime/target/bench-images"
photos="$out/photos-$count"
shelf="$(readlink -f "${SHELF:-$root/runtime/target/shelf/bin/shelf}")"
command -v vipsthumbnail >/dev/null || { echo "vipsthumbnail is missing: apt-get install libvips-tools" >&2; exit 1; }
mkdir -p "$out"

if [ ! -d "$photos" ]; then
  mvn -B -o -q -pl "$module" -am test-compile
  mvn -B -o -q -f "$module/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
  # the reactor's shelf.api first: ~/.m2 may hold an older one
  cp="bundles/shelf.api/target/classes:$module/target/classes:$module/target/test-classes:$(cat "$out/classpath.txt")"
  java -cp "$cp" shelf.image.standard.bench.BenchmarkPhotos "$photos.tmp" "$count" 2400
  mv "$photos.tmp" "$photos"
fi
[ -x "$shelf" ] || { echo "no distribution at $shelf: mvn -B -o -pl runtime -am verify -DskipTests" >&2; exit 1; }

echo "== load before: $(uptime)"
echo "== input: $count JPEG photos 2400×2400, $(du -cb "$photos"/*.jpg | tail -1 | cut -f1) bytes"
home="$out/home"
desk="$out/desk"
rm -rf "$home" "$desk"
mkdir -p "$desk"
trap '"$shelf" --home "$home" stop >/dev/null 2>&1 || true' EXIT
{
  echo "商品编码,商品标题,类目,主图,SKU编码,销售价,库存"
  i=0
  for f in "$photos"/*.jpg; do
    i=$((i + 1))
    echo "BENCH-$i,基准商品 $i,服饰鞋包>女装>T恤,$f,BENCH-$i-A,19.90,10"
  done
} >"$desk/bench.csv"
# the photos are outside the spreadsheet's folder: allowed as a media root
mkdir -p "$home/etc"
echo "shelf.media.roots=$photos" >"$home/etc/shelf.properties"
"$shelf" --home "$home" start >/dev/null
(cd "$desk" && "$shelf" --home "$home" -c "import bench.csv --merchant bench" >/dev/null)

now_ms() { date +%s%3N; }
vips_out="$out/vips"
for pass in $(seq 1 "$passes"); do
  rm -rf "$home/media"
  began="$(now_ms)"
  report="$("$shelf" --home "$home" -c "images:process 1 --profile main")"
  wall="$(( $(now_ms) - began ))"
  summary="$(grep -E '^[0-9]+ images' <<<"$report")"
  rate="$(sed -n 's/.* \([0-9.]*\) images\/s.*/\1/p' <<<"$summary")"
  bytes="$(find "$home/media" -name '*.webp' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
  label="warm"; [ "$pass" = 1 ] && label="cold JIT"
  printf 'shelf pass %d (%s): %s images/s (command), %.2f s wall for the whole shelf -c, %s bytes out\n' \
    "$pass" "$label" "$rate" "$(echo "$wall / 1000" | bc -l)" "$bytes"
  echo "    $summary"

  rm -rf "$vips_out"; mkdir -p "$vips_out"
  began="$(now_ms)"
  ls "$photos"/*.jpg | xargs -P2 -I{} vipsthumbnail {} -s 800x800 -o "$vips_out/%s.webp[Q=80,strip]"
  ms="$(( $(now_ms) - began ))"
  vbytes="$(du -cb "$vips_out"/*.webp | tail -1 | cut -f1)"
  printf 'vips  pass %d: %.1f images/s (%.2f s), %s bytes out; shelf/vips bytes %.3f\n' "$pass" \
    "$(echo "$count * 1000 / $ms" | bc -l)" "$(echo "$ms / 1000" | bc -l)" "$vbytes" "$(echo "$bytes / $vbytes" | bc -l)"
done
echo "== load after: $(uptime)"
