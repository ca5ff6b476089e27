#!/usr/bin/env bash
# Starts the materialised product for real, as a user would through ./workbench: screenshots in
# Vietnamese and English (checked to be a real window, not one flat colour, at the expected size),
# and the command-line dispatch with its exit codes. Writes a JUnit report beside Surefire's and
# keeps the PNGs in releng/vn.egov.workbench.product/target/screenshots/ for people to look at.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/releng/vn.egov.workbench.product/target"
shots="$out/screenshots"
mkdir -p "$shots" "$out/smoke-reports"
IM=/usr/bin
passed=0 failed=0 cases=""

check() { # check NAME COMMAND...: records a test case, passed when the command succeeds
  local name=$1 start msg
  shift
  start=$(date +%s%N)
  if msg=$("$@" 2>&1); then
    passed=$((passed + 1)); echo "  ok    $name"
    cases+="<testcase classname=\"product.smoke\" name=\"$name\" time=\"$(( ($(date +%s%N) - start) / 1000000 ))e-3\"/>"
  else
    failed=$((failed + 1)); echo "  FAIL  $name: $msg"
    msg=$(printf '%s' "$msg" | tail -c 2000 | sed 's/&/\&amp;/g; s/</\&lt;/g; s/"/\&quot;/g')
    cases+="<testcase classname=\"product.smoke\" name=\"$name\"><failure message=\"$msg\"/></testcase>"
  fi
}

screenshot_is_a_window() { # FILE [ARGS]: a PNG of the expected size with many colours
  local file=$1 size colours
  shift
  "$root/workbench" --screenshot "$file" "$@" >/dev/null || return 1
  size=$($IM/identify -format '%w x %h' "$file") || return 1
  [ "$size" = "1280 x 800" ] || { echo "size $size, expected 1280 x 800"; return 1; }
  colours=$($IM/identify -format '%k' "$file")
  [ "$colours" -ge 64 ] || { echo "only $colours colours: not a window"; return 1; }
  # the title bar and menu bar (top 60 rows) must not be one flat colour either
  colours=$($IM/convert "$file" -crop 1280x60+0+0 -format '%k' info:)
  [ "$colours" -ge 8 ] || { echo "title and menu bar area has $colours colours"; return 1; }
}

inspection_screenshots() { # the inspection views and the case editor on the 2020 sample: 9 real pictures
  local f colours
  "$root/releng/scripts/inspection-screenshots.sh" "$shots/inspection" >/dev/null || return 1
  [ "$(ls "$shots"/inspection/*.png | wc -l)" -eq 9 ] || { echo "expected 9 pictures in $shots/inspection"; return 1; }
  for f in "$shots"/inspection/*.png; do
    [ "$($IM/identify -format '%w x %h' "$f")" = "1280 x 800" ] || { echo "$f: not 1280 x 800"; return 1; }
    colours=$($IM/identify -format '%k' "$f")
    [ "$colours" -ge 64 ] || { echo "$f: only $colours colours"; return 1; }
  done
}

languages_differ() {
  local pixels
  pixels=$($IM/compare -metric AE "$shots/workbench-vi.png" "$shots/workbench-en.png" null: 2>&1)
  [ "${pixels%%.*}" -gt 500 ] || { echo "Vietnamese and English screenshots differ in only $pixels pixels"; return 1; }
}

exits_with() { # CODE EXPECTED-TEXT COMMAND...: the exit code and a piece of the output
  local code=$1 text=$2 output actual
  shift 2
  output=$("$@" 2>&1); actual=$?
  [ $actual -eq "$code" ] || { echo "exit $actual, expected $code: $output"; return 1; }
  case "$output" in *"$text"*) ;; *) echo "output lacks '$text': $output"; return 1 ;; esac
}

inspections_summary_2020() { # the 2020 sample, loaded into a new data folder on first use, twice
  local home output run
  home=$(mktemp -d /tmp/egov-smoke-home.XXXXXX)
  for run in 1 2; do
    output=$(env EGOV_WORKBENCH_HOME="$home" "$root/workbench" inspections summary --year 2020 2>&1) \
      || { echo "run $run: exit $?: $output"; rm -rf "$home"; return 1; }
    for text in "Số đợt thanh tra, kiểm tra: 10" "Số quyết định xử phạt: 6" "Tổng số tiền phạt: 39.000.000 ₫" "Còn phải thu: 0 ₫"; do
      case "$output" in *"$text"*) ;; *) echo "run $run: output lacks '$text': $output"; rm -rf "$home"; return 1 ;; esac
    done
  done
  [ -f "$home/data/inspections.mv.db" ] || { echo "no database in $home/data"; rm -rf "$home"; return 1; }
  rm -rf "$home"
}

echo "Product smoke test (the materialised product, started through ./workbench):"
check screenshot_vietnamese screenshot_is_a_window "$shots/workbench-vi.png"
check screenshot_english screenshot_is_a_window "$shots/workbench-en.png" -nl en
check screenshots_follow_the_language languages_differ
check inspection_views_screenshots inspection_screenshots
check help_lists_commands exits_with 0 "version" "$root/workbench" help
check help_in_english exits_with 0 "Lists the commands" env EGOV_WORKBENCH_NL=en "$root/workbench" help
check help_in_vietnamese exits_with 0 "Liệt kê các lệnh" env EGOV_WORKBENCH_NL=vi "$root/workbench" help
check version_prints_build exits_with 0 "1.0.0" "$root/workbench" version
check unknown_command_exits_2 exits_with 2 "nosuch" "$root/workbench" nosuch
check inspections_deadline_across_tet exits_with 0 "22/02/2024" "$root/workbench" inspections deadline --record 2024-02-06
check inspections_fine_in_vnd exits_with 0 "750.000 ₫" "$root/workbench" inspections fine --decree 15/2020 --article "Đ8 k2" --violator individual
check inspections_unknown_article_exits_2 exits_with 2 "Đ99 k1" "$root/workbench" inspections fine --decree 15/2020 --article "Đ99 k1" --violator individual
# the shipped Kon Tum sample, found inside the product (the samples bundle is unpacked: Eclipse-BundleShape: dir)
product="$root/releng/vn.egov.workbench.product/target/products/vn.egov.workbench.product/linux/gtk/x86_64/egov-workbench"
sample=$(ls -d "$product"/plugins/vn.egov.workbench.architecture.samples_*/samples/kontum-2.0.egov 2>/dev/null | head -1)
check sample_is_in_the_product test -f "${sample:-/nonexistent}"
check validate_sample_exits_0 exits_with 0 "The model is valid." env EGOV_WORKBENCH_NL=en "$root/workbench" validate "${sample:-/nonexistent}"
check validate_sample_in_vietnamese exits_with 0 "Mô hình hợp lệ." env EGOV_WORKBENCH_NL=vi "$root/workbench" validate "${sample:-/nonexistent}"
check stats_sample_exits_0 exits_with 0 "FlowsVia" "$root/workbench" stats "${sample:-/nonexistent}"
check validate_missing_file_exits_2 exits_with 2 "nosuch.egov" "$root/workbench" validate "$out/nosuch.egov"
check inspections_summary_2020_sample inspections_summary_2020
check no_display_exits_nonzero exits_with 1 "DISPLAY" env -u DISPLAY "$root/workbench"

printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="product.smoke" tests="%d" failures="%d" errors="0" skipped="0">%s</testsuite>\n' \
  $((passed + failed)) $failed "$cases" > "$out/smoke-reports/TEST-product.smoke.xml"
echo "product smoke test: $passed passed, $failed failed"
[ $failed -eq 0 ]
