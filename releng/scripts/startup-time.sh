#!/usr/bin/env bash
# Prints the product's start-up time: from launching the launcher script to the workbench window
# painted (the workbench prints WORKBENCH_WINDOW_VISIBLE <epoch ms>), under Xvfb. One first start
# with a new data folder, then RUNS (default 5) starts with that folder, and their median.
#   releng/scripts/startup-time.sh [RUNS]      (build the product first: ./workbench --rebuild help)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/vn.egov.workbench.product/target/products/vn.egov.workbench.product/linux/gtk/x86_64/egov-workbench"
[ -x "$product/egov-workbench" ] || { echo "no product at $product: run ./workbench help first" >&2; exit 1; }
runs=${1:-5}
. "$root/releng/scripts/xvfb-display.sh"
start_xvfb || exit 1
home=$(mktemp -d)
trap 'rm -rf "$home"' RETURN

measure() {
  local start end
  start=$(date +%s%3N)
  end=$(EGOV_WORKBENCH_HOME=$home EGOV_WORKBENCH_VMARGS="-Dvn.egov.workbench.exitWhenVisible=true ${EGOV_WORKBENCH_VMARGS:-}" \
        timeout 120 "$product/egov-workbench" 2>/dev/null | sed -n 's/^WORKBENCH_WINDOW_VISIBLE //p')
  [ -n "$end" ] || { echo "the window did not appear" >&2; return 1; }
  echo $((end - start))
}

first=$(measure) || exit 1
echo "first start (new data folder): ${first} ms"
times=()
for i in $(seq "$runs"); do
  t=$(measure) || exit 1
  times+=("$t")
  echo "start $i: ${t} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "median of $runs starts: ${median} ms (goal: <= 3000 ms)"
rm -rf "$home"
