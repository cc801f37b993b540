#!/usr/bin/env bash
# The benchmark still runs: `bench/run.sh --quick` on this build exits 0 and prints its
# table with a row for every dataset and tool and a number in every cell, no warning (the
# tools print different rows, accords differs warm and cold, empty_main's libraries differ
# from accords's), and every target as a ratio with PASS or MISS. Whether the targets pass
# is not tested: they are figures. Needs hyperfine, jq, yq, python3-yaml and time.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
build=$(cd "$(dirname "$binary")" && pwd)
root="$(cd "$(dirname "$0")/../.." && pwd)"

bash "$root/bench/run.sh" --quick "$build" > "$work/out" 2> "$work/err"
code=$?
if [[ $code != 0 ]]; then
  echo "bench/run.sh --quick: exit status $code, expected 0; standard error:"
  cat "$work/err"
  exit 1
fi

number='^[0-9]+(\.[0-9]+)?$'
# row DATASET TOOL: the row's cells, trimmed, one per line (nothing if there is no such row).
row() {
  awk -F'|' -v dataset="$1" -v tool="$2" '
    function trim(s) { gsub(/^ +| +$/, "", s); return s }
    trim($2) == dataset && trim($4) == tool { for (i = 2; i < NF; i++) print trim($i) }' "$work/out"
}
check_row() { # DATASET TOOL [COLUMNS THAT ARE "-"...]
  local dataset=$1 tool=$2
  shift 2
  local -a cells
  mapfile -t cells < <(row "$dataset" "$tool")
  if [[ ${#cells[@]} != 7 ]]; then
    fail "no row (or not 7 cells) for '$dataset' '$tool'"
    return
  fi
  local column
  for column in 1 3 4 5 6; do # input, wall, vs floor, peak RSS, RSS / input
    if [[ " $* " == *" $column "* ]]; then
      [[ ${cells[column]} == - ]] || fail "'$dataset' '$tool': column $((column + 1)) is '${cells[column]}', expected '-'"
    elif ! [[ ${cells[column]} =~ $number ]]; then
      fail "'$dataset' '$tool': column $((column + 1)) is '${cells[column]}', not a number"
    fi
  done
}

grep -Eq '^\| dataset +\| input \(MiB\) +\| tool +\| wall median \(ms\) +\| vs floor +\| peak RSS \(MiB\) +\| RSS / input +\|$' \
  "$work/out" ||
  fail "no table header"
for dataset in "10^3" "10^4"; do
  for tool in yaml_floor "accords cold" "accords warm" "yq + jq" "PyYAML (CSafeLoader)"; do
    check_row "$dataset" "$tool"
  done
done
for tool in yaml_floor "accords cold" "accords warm"; do # --quick runs neither yq nor PyYAML there
  check_row "10^4 in 8 files" "$tool"
  check_row "10^4 in 100 files" "$tool"
done
check_row "built-in data" "empty main()" 1 6
check_row "built-in data" "accords list" 1 6
rows=$(grep -c '^| ' "$work/out")
[[ $rows == 20 ]] || fail "the table has $rows lines, expected 20 (a header, a rule and 18 rows)"

if grep -q 'warning' "$work/out" "$work/err"; then
  fail "bench/run.sh warns:"
  grep -h 'warning' "$work/out" "$work/err"
fi
targets=$(grep -c '^target: ' "$work/out")
[[ $targets == 6 ]] || fail "$targets target lines, expected 6"
if grep '^target: ' "$work/out" | grep -Ev '  [0-9]+\.[0-9]+x  \(target (<=|>=) [0-9.]+x\) +(PASS|MISS)$'; then
  fail "target lines above are not 'ratio, target, PASS or MISS'"
fi

if [[ $status != 0 ]]; then
  echo "--- bench/run.sh --quick printed:"
  cat "$work/out"
fi
exit $status
