#!/usr/bin/env bash
# screenshot.sh PRODUCT_DIR FILE [ECLIPSE ARGS...]
# Starts the product on a private Xvfb display with a window manager (so the title bar shows), lets
# the workbench save a PNG of the screen once its window has painted, and exits with its status.
# A fresh data folder each time: the picture shows what a new user sees.
set -u
product=$1 file=$2
shift 2
case "$file" in /*) ;; *) file="$PWD/$file" ;; esac
. "$(dirname "$0")/xvfb-display.sh"
start_xvfb "${EGOV_SCREEN:-1280x800x24}" || exit 1

rm -f "$file"
home=$(mktemp -d)
EGOV_WORKBENCH_HOME=$home EGOV_WORKBENCH_VMARGS="-Dvn.egov.workbench.screenshot=$file" \
  timeout 120 "$product/egov-workbench" "$@"
code=$?
if [ ! -s "$file" ]; then
  echo "screenshot: no picture was saved (exit code $code); the workbench log is $home/workspace/.metadata/.log" >&2
  exit 1
fi
rm -rf "$home"
echo "$file"
