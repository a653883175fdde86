#!/bin/sh
# Runs the packaged app's command line on its bundled sample: --help, info, belts, export pdf, export gpkg.
# Usage: installer/smoke-test.sh [APP_IMAGE_DIR]   (default target/installer/BeltMap; /opt/beltmap once installed)
# Prints one line per command with its time and exits non-zero on the first failure. Needs no display.
set -eu
image=${1:-target/installer/BeltMap}
launcher="$image/bin/BeltMap"
sample="$image/lib/app/sample-data/krasnodar-krai/krasnodar-krai.beltmap"
[ -x "$launcher" ] || { echo "no launcher at $launcher (build with: mvn -B -Pinstaller package)" >&2; exit 2; }
[ -f "$sample" ] || { echo "no bundled sample at $sample" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Keep the user's settings and tile cache out of it.
JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Dbeltmap.settingsDir=$out/settings -Dbeltmap.cacheDir=$out/cache"
export JAVA_TOOL_OPTIONS

check() {
  name=$1; shift
  start=$(date +%s%N)
  if ! "$launcher" "$@" >"$out/stdout" 2>"$out/stderr"; then
    echo "FAIL $name: $launcher $*" >&2
    grep -v '^Picked up JAVA_TOOL_OPTIONS' "$out/stderr" >&2 || true
    exit 1
  fi
  echo "ok   $name ($(( ($(date +%s%N) - start) / 1000000 )) ms)"
}

check help --help
grep -q 'Usage: beltmap' "$out/stdout" || { echo "FAIL help: no usage text" >&2; exit 1; }
check info info "$sample"
grep -q '^towns 26$' "$out/stdout" || { echo "FAIL info: expected 26 towns" >&2; exit 1; }
check belts belts "$sample" --out "$out/belts.csv"
check export-pdf export "$sample" --format pdf --out "$out/map.pdf"
head -c 5 "$out/map.pdf" | grep -q '%PDF-' || { echo "FAIL export-pdf: not a PDF" >&2; exit 1; }
check export-gpkg export "$sample" --format gpkg --out "$out/analysis.gpkg"
head -c 15 "$out/analysis.gpkg" | grep -q 'SQLite format 3' || { echo "FAIL export-gpkg: not a GeoPackage" >&2; exit 1; }
check info-gpkg info "$out/analysis.gpkg"
echo "smoke test passed: $image"
