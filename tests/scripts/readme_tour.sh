#!/usr/bin/env bash
# The README's tour shows what the binary prints: the sample lines of `list --since 2020` and
# `members -T abraham --as-of 2021-03-01` at 100 columns are the binary's own, and the chart
# picture, docs/abraham-accords-since-2020.svg, is what `chart -T abraham --since 2020 --format
# svg --width 900` writes (regenerate it with that command when the built-in data changes).
set -u
source "$(dirname "$0")/lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
run() { accords COLUMNS=100 --no-pager --color never "$@"; }

# expect_in_readme NAME LINES COMMAND...: the first LINES lines the command prints at 100
# columns are in the README, each whole.
expect_in_readme() {
  local name=$1 count=$2
  shift 2
  run "$@" --format table 2>&1 | head -n "$count" > "$work/$name"
  if [[ $(wc -l < "$work/$name") != "$count" ]]; then
    echo "FAIL $name: the command printed fewer than $count lines"
    status=1
  fi
  while IFS= read -r line; do
    if ! grep -qxF -- "$line" "$root/README.md"; then
      echo "FAIL $name: the README does not show this line as the binary prints it:"
      echo "  $line"
      status=1
    fi
  done < "$work/$name"
}

expect_in_readme list 4 list --since 2020
expect_in_readme members 10 members -T abraham --as-of 2021-03-01

run chart -T abraham --since 2020 --format svg --width 900 > "$work/chart.svg"
if ! cmp -s "$work/chart.svg" "$root/docs/abraham-accords-since-2020.svg"; then
  echo "FAIL: docs/abraham-accords-since-2020.svg is not what the chart command writes now"
  status=1
fi
if ! grep -qF '](docs/abraham-accords-since-2020.svg)' "$root/README.md"; then
  echo "FAIL: the README does not show the chart"
  status=1
fi
exit $status
