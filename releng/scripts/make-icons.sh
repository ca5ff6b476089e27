#!/usr/bin/env bash
# Draws the product and perspective icons with ImageMagick (apt-get install imagemagick).
# The PNGs are committed; run this only to change them.
set -euo pipefail
IM=/usr/bin/convert
out=${1:-"$(dirname "$0")/../../bundles/vn.egov.workbench.app/icons"}
mkdir -p "$out"
for s in 16 32 48 64 128; do
  r=$((s / 6)); w=$((s - 1)); f=$((s * 5 / 8)); star=$((s / 5))
  $IM -size ${s}x${s} xc:none \
    -fill '#0b5394' -draw "roundrectangle 0,0 $w,$w $r,$r" \
    -fill white -font DejaVu-Sans-Bold -pointsize $f -gravity center -annotate +0+$((s / 20)) 'e' \
    -fill '#ffd200' -draw "circle $((s - star - 1)),$((star + 1)) $((s - 2)),$((star + 1))" \
    "$out/egov$s.png"
done
$IM -size 16x16 xc:none -fill '#0b5394' -draw 'rectangle 1,1 6,6' -draw 'rectangle 9,1 14,6' \
  -fill '#3d85c6' -draw 'rectangle 1,9 14,14' -stroke '#0b5394' -draw 'line 4,7 4,8' -draw 'line 11,7 11,8' \
  "$out/architecture16.png"
$IM -size 16x16 xc:none -stroke '#990000' -strokewidth 2 -fill none -draw 'circle 6,6 6,11' \
  -draw 'line 10,10 14,14' "$out/inspection16.png"
