#!/usr/bin/env bash
# inspection-screenshots.sh [OUT_DIR] [ECLIPSE ARGS...]   (e.g. -nl en)
# Starts the built product on a private Xvfb display with a fresh data folder (so the 2020 sample
# loads) and saves a PNG of the Inspection perspective, of each inspection view maximised (rounds,
# cases, deadlines, fines) and of each page of the case editor on the first 2020 case, then exits.
# The workbench itself takes the pictures (ScreenshotTour in vn.egov.workbench.inspection.ui).
# Default OUT_DIR: releng/vn.egov.workbench.product/target/screenshots/inspection. Build the product
# first (./workbench --rebuild, or ./mvnw -B -DskipTests package).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/vn.egov.workbench.product/target/products/vn.egov.workbench.product/linux/gtk/x86_64/egov-workbench"
out=${1:-$root/releng/vn.egov.workbench.product/target/screenshots/inspection}
[ $# -gt 0 ] && shift
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
[ -x "$product/egov-workbench" ] || { echo "inspection-screenshots: no product at $product; build it first (./workbench --rebuild)" >&2; exit 1; }
. "$root/releng/scripts/find-jdk.sh"
find_jdk || exit 1
. "$root/releng/scripts/xvfb-display.sh"
start_xvfb "${EGOV_SCREEN:-1280x800x24}" || exit 1

mkdir -p "$out"
rm -f "$out"/*.png
home=$(mktemp -d)
EGOV_WORKBENCH_HOME=$home EGOV_WORKBENCH_VMARGS="-Dvn.egov.workbench.inspection.screenshots=$out" \
  timeout 180 "$product/egov-workbench" "$@" >"$home/output.txt" 2>&1
code=$?
count=$(ls "$out"/*.png 2>/dev/null | wc -l)
if [ "$count" -lt 9 ]; then
  echo "inspection-screenshots: $count of 9 pictures saved (exit code $code); output:" >&2
  cat "$home/output.txt" >&2
  echo "the workbench log: $home/workspace/.metadata/.log" >&2
  exit 1
fi
rm -rf "$home"
ls "$out"/*.png
