#!/usr/bin/env bash
# screenshot-architecture.sh [vi|en] [OUT_DIR]
# Opens the Kon Tum sample in the real workbench (under Xvfb, through the diagram test bundle's -Pscreenshots
# profile) and saves PNGs of the window (1280x800) into OUT_DIR: 1-model-tree.png (the tree editor expanded),
# 2-properties-application.png (the Properties view of an application), 3-problems.png (the Problems view after
# validation), 4-overall-diagram.png and 5-overall-diagram-fit.png (the overall diagram maximised, at 100 % and
# zoomed to fit). Default: Vietnamese, tests/vn.egov.workbench.architecture.diagram.tests/target/screenshots/architecture
set -eu
cd "$(dirname "$0")/../.."
nl=${1:-vi}
out=${2:-$PWD/tests/vn.egov.workbench.architecture.diagram.tests/target/screenshots/architecture}
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
. releng/scripts/find-jdk.sh && find_jdk
mkdir -p "$out"
rm -f "$out"/*.png
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q verify -Pscreenshots \
  -pl bundles/vn.egov.workbench.architecture.diagram,features/vn.egov.workbench.feature,tests/vn.egov.workbench.architecture.diagram.tests -am \
  -Dscreenshot.nl="$nl" -Dscreenshot.dir="$out"
count=$(ls "$out"/*.png 2>/dev/null | wc -l)
if [ "$count" -lt 5 ]; then
  echo "screenshot-architecture: $count of 5 pictures saved in $out" >&2
  exit 1
fi
ls -l "$out"/*.png
