#!/usr/bin/env bash
# The import benchmark still runs: `bench/import.sh` on this build, with two small sizes, exits
# 0 and prints its table (a row for each table and size, a number in every cell) and a slope
# for each table. How fast the import is, is not tested: the figures are the benchmark's.
set -u
source "$(dirname "$0")/lib.sh"
build=$(cd "$(dirname "$binary")" && pwd)
root="$(cd "$(dirname "$0")/../.." && pwd)"

bash "$root/bench/import.sh" --build "$build" 150 300 > "$work/out" 2> "$work/err"
code=$?
[[ $code == 0 ]] || fail "bench/import.sh: exit status $code, expected 0: $(tail -5 "$work/err")"

grep -qx '| table | rows | CSV (MiB) | import csv (s) | µs / row | check --no-cache (s) | µs / row |' "$work/out" ||
  fail "no table header"
number='[0-9]+(\.[0-9]+)?'
for table in varied same; do
  for rows in 150 300; do
    grep -Eqx "\| $table \| $rows \| $number \| $number \| $number \| $number \| $number \|" "$work/out" ||
      fail "no row of numbers for $table, $rows rows"
  done
  grep -Eqx -- "- $table, 150 to 300 rows: import csv -?$number, check --no-cache -?$number" "$work/out" ||
    fail "no slopes for $table"
done
bash "$root/bench/import.sh" --build "$build" 0 > /dev/null 2>&1
[[ $? == 2 ]] || fail "a size of 0 rows was not a usage error"

[[ $status == 0 ]] || cat "$work/out"
exit $status
