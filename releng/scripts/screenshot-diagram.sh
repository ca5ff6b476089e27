#!/usr/bin/env bash
# screenshot-diagram.sh [vi|en] [FILE]
# Opens the Kon Tum sample's overall diagram in the diagram editor of the real workbench (under Xvfb, through the
# diagram test bundle's -Pscreenshot profile) and saves PNGs of the window: FILE at 100 % and FILE-fit.png zoomed to
# fit. Default: Vietnamese, tests/vn.egov.workbench.architecture.diagram.tests/target/screenshots/kontum-overall-diagram.png
set -eu
cd "$(dirname "$0")/../.."
nl=${1:-vi}
file=${2:-$PWD/tests/vn.egov.workbench.architecture.diagram.tests/target/screenshots/kontum-overall-diagram.png}
case "$file" in /*) ;; *) file="$PWD/$file" ;; esac
. releng/scripts/find-jdk.sh && find_jdk
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -q verify -Pscreenshot \
  -pl bundles/vn.egov.workbench.architecture.diagram,features/vn.egov.workbench.feature,tests/vn.egov.workbench.architecture.diagram.tests -am \
  -Dscreenshot.nl="$nl" -Dscreenshot.file="$file"
ls -l "$file" "${file%.png}-fit.png"
