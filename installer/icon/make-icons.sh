#!/bin/sh
# Redraws the icons in installer/ from DrawIcon.java. Needs JDK 11+, ImageMagick (convert) for the .ico and
# png2icns (Debian package icnsutils) for the .icns. Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java "$here/DrawIcon.java" "$out/beltmap.png" 512
for s in 16 32 48 64 128 256; do
  java "$here/DrawIcon.java" "$tmp/$s.png" "$s"
done
convert "$tmp/256.png" "$tmp/128.png" "$tmp/64.png" "$tmp/48.png" "$tmp/32.png" "$tmp/16.png" "$out/beltmap.ico"
png2icns "$out/beltmap.icns" "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$out/beltmap.png" >/dev/null
echo "wrote $out/beltmap.png, beltmap.ico, beltmap.icns"
