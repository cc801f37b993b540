#!/usr/bin/env bash
# Times `accords fmt` against `accords check --no-cache` on the same synthetic timelines
# (bench/gen-timeline.py, one file each) and prints, for each size, wall time and peak RSS of
# both, their ratios, and the slope of fmt's time between sizes (1 is linear, 2 quadratic).
#
# usage: bench/fmt-scaling.sh [BUILD_DIR] [EVENTS...]     (default: build 10000 100000)
# The median of 3 runs is taken below 500 000 events, one run above.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)
binary=$(cd "$build" && pwd)/accords
[[ -x $binary ]] || { echo "no accords binary in $build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "seconds kilobytes" of the median run (by time) of a command, its output thrown away.
measure() {
  local runs=$1
  shift
  local results=()
  for ((run = 0; run < runs; run++)); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2>&1 || true
    results+=("$(tail -1 "$work/time")")
  done
  printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

echo "| events | MB | check s | check MB RSS | fmt s | fmt MB RSS | fmt/check time | fmt/check memory |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
previous_events=""
previous_seconds=""
slopes=()
for events in "${sizes[@]}"; do
  data="$work/data-$events"
  /usr/bin/python3 "$repo/bench/gen-timeline.py" "$events" 1 "$data" > /dev/null
  runs=3
  ((events < 500000)) || runs=1
  read -r check_s check_kb < <(measure "$runs" "$binary" check --no-cache "$data")
  read -r fmt_s fmt_kb < <(measure "$runs" "$binary" fmt --check "$data")
  bytes=$(du -cb "$data" | tail -1 | cut -f1)
  awk -v n="$events" -v b="$bytes" -v cs="$check_s" -v ck="$check_kb" -v fs="$fmt_s" -v fk="$fmt_kb" 'BEGIN {
    printf "| %d | %.1f | %.2f | %.0f | %.2f | %.0f | %.2f | %.2f |\n", n, b / 1e6, cs, ck / 1024, fs, fk / 1024,
      fs / (cs > 0 ? cs : 0.01), fk / (ck > 0 ? ck : 1) }'
  if [[ -n $previous_events ]]; then
    slopes+=("$(awk -v n1="$previous_events" -v n2="$events" -v t1="$previous_seconds" -v t2="$fmt_s" \
      'BEGIN { printf "%d to %d events: slope %.2f", n1, n2, log((t2 > 0 ? t2 : 0.01) / (t1 > 0 ? t1 : 0.01)) / log(n2 / n1) }')")
  fi
  previous_events=$events
  previous_seconds=$fmt_s
  rm -rf "$data"
done
echo
for slope in "${slopes[@]}"; do
  echo "fmt time, $slope"
done
