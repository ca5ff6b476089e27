#!/usr/bin/env bash
# End-to-end test of installing a plug-in into the shipped product without rebuilding it: on a COPY of
# the materialised product, installs the smart-city example from its p2 repository with
# `egov-workbench plugins install`, restarts (each command is a new start) and checks that its
# contributions are active (help lists its command, validate reports its rule, export has its format,
# the fine calculator knows its Decree 119/2020 articles, a model using its element kind IoTPlatform
# loads, counts, exports and validates), then removes it and checks they are gone.
# Writes a JUnit report beside the smoke test's.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/releng/vn.egov.workbench.product/target"
product="$out/products/vn.egov.workbench.product/linux/gtk/x86_64/egov-workbench"
repo="$root/examples/vn.egov.workbench.example.repository/target/repository"
mkdir -p "$out/smoke-reports"
work=$(mktemp -d /tmp/egov-plugin-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0 cases=""

check() { # NAME COMMAND...: a test case, passed when the command succeeds
  local name=$1 msg
  shift
  if msg=$("$@" 2>&1); then
    passed=$((passed + 1)); echo "  ok    $name"
    cases+="<testcase classname=\"product.plugins\" name=\"$name\"/>"
  else
    failed=$((failed + 1)); echo "  FAIL  $name: $msg"
    msg=$(printf '%s' "$msg" | tail -c 2000 | sed 's/&/\&amp;/g; s/</\&lt;/g; s/"/\&quot;/g')
    cases+="<testcase classname=\"product.plugins\" name=\"$name\"><failure message=\"$msg\"/></testcase>"
  fi
}

run() { # CODE TEXT ARGS...: egov-workbench of the copy exits with CODE and prints TEXT (empty: anything)
  local code=$1 text=$2 output actual
  shift 2
  output=$(env EGOV_WORKBENCH_HOME="$work/home" EGOV_WORKBENCH_NL=en "$work/egov-workbench/egov-workbench" "$@" 2>&1)
  actual=$?
  [ $actual -eq "$code" ] || { echo "exit $actual, expected $code: $output"; return 1; }
  [ -z "$text" ] || case "$output" in *"$text"*) ;; *) echo "output lacks '$text': $output"; return 1 ;; esac
}

lacks() { # TEXT ARGS...: the command's output does not contain TEXT
  local text=$1 output
  shift
  output=$(env EGOV_WORKBENCH_HOME="$work/home" EGOV_WORKBENCH_NL=en "$work/egov-workbench/egov-workbench" "$@" 2>&1)
  case "$output" in *"$text"*) echo "output has '$text': $output"; return 1 ;; esac
}

markdown_written() {
  run 0 "kontum-2.0-summary.md" export "$sample" --format markdown --out "$work/out" || return 1
  grep -q "^## Applications" "$work/out/kontum-2.0-summary.md" || { echo "no summary in the file"; return 1; }
}

iot_exported() { # the CSV export of a model with an IoT platform carries the kind and its own attributes
  run 0 "" export "$iot" --format csv --out "$work/csv" || return 1
  grep -q 'IoTPlatform.*sensorCount=1250; protocol=MQTT, LoRaWAN' "$work/csv/smartcity-iot-elements.csv" \
    || { echo "no IoT platform row: $(cat "$work/csv/smartcity-iot-elements.csv")"; return 1; }
}

echo "Plug-in installation (a copy of the product, the smart-city example):"
iot="$root/examples/vn.egov.workbench.example.smartcity/samples/smartcity-iot.egov"
cp -a "$product" "$work/egov-workbench"
sample=$(ls -d "$work"/egov-workbench/plugins/vn.egov.workbench.architecture.samples_*/samples/kontum-2.0.egov | head -1)
fine=(inspections fine --decree 119/2020 --article "Đ20 k2" --violator organisation --on 2025-01-01)

check before_help_lacks_the_command lacks "smartcity" help
check before_export_has_no_markdown run 2 "markdown" export "$sample" --format markdown --out "$work/out"
check before_a_model_with_its_kind_is_refused run 2 "smartcity" stats "$iot"
check install_from_the_p2_repository run 0 "Installed vn.egov.workbench.example.smartcity" plugins install "$repo"
check installing_twice_is_refused run 2 "already" plugins install "$repo"
check list_shows_it run 0 "vn.egov.workbench.example.smartcity" plugins list
check after_restart_help_lists_its_command run 0 "smartcity FILE" help
check after_restart_validate_reports_its_rule run 0 "smartcity.ioc.present" validate "$sample"
check after_restart_export_writes_markdown markdown_written
check after_restart_its_command_runs run 0 "## Applications" smartcity "$sample"
check after_restart_its_catalogue_is_used run 0 "Đ20 k2" "${fine[@]}"
check after_restart_stats_counts_its_kind run 0 "IoT platform (IoTPlatform)" stats "$iot"
check after_restart_csv_export_has_its_kind iot_exported
check after_restart_its_kind_validates run 0 "" validate "$iot"
check no_plugin_warnings lacks "Warning" validate "$sample"
check no_plugin_warnings_with_its_kind lacks "Warning" stats "$iot"
check remove_it run 0 "Removed" plugins remove vn.egov.workbench.example.smartcity
check after_removal_help_lacks_it lacks "smartcity" help
check after_removal_validate_lacks_its_rule lacks "smartcity.ioc.present" validate "$sample"
check after_removal_no_markdown run 2 "markdown" export "$sample" --format markdown --out "$work/out2"
check after_removal_a_model_with_its_kind_is_refused run 2 "smartcity" stats "$iot"
check after_removal_no_article run 2 "Đ20 k2" "${fine[@]}"
check the_original_product_is_untouched test ! -e "$product/configuration/egov-plugins.list"

printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="product.plugins" tests="%d" failures="%d" errors="0" skipped="0">%s</testsuite>\n' \
  $((passed + failed)) $failed "$cases" > "$out/smoke-reports/TEST-product.plugins.xml"
echo "plug-in installation test: $passed passed, $failed failed"
[ $failed -eq 0 ]
