#!/usr/bin/env bash
# Adds up every JUnit XML report of the build (Surefire's and the product smoke test's) and prints
# the totals in Surefire's words as the last line.
root=$(cd "$(dirname "$0")/../.." && pwd)
find "$root" -path '*/target/*' -name 'TEST-*.xml' \( -path '*/surefire-reports/*' -o -path '*/smoke-reports/*' \) |
python3 -c '
import re, sys
t = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for path in sys.stdin.read().split():
    head = re.search(r"<testsuite\b[^>]*>", open(path, encoding="utf-8").read())
    for k in t:
        m = head and re.search(r"\b%s=\"(\d+)\"" % k, head.group(0))
        t[k] += int(m.group(1)) if m else 0
print("Tests run: %d, Failures: %d, Errors: %d, Skipped: %d" % (t["tests"], t["failures"], t["errors"], t["skipped"]))
'
