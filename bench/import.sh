#!/usr/bin/env bash
# How the time of `accords import csv` grows with the rows of the table: for each size given
# (default 10^4 and 10^5 rows), it times `import csv` of a table without an id column (every
# id is made, and checked against the ids in use) into a timeline file, then `check
# --no-cache` on the timeline written, and prints the times, the time per row and, from one
# size to the next, the slope log(t2/t1) / log(n2/n1): about 1 when the time grows linearly
# with the rows, 2 when it grows with their square.
#
# usage: bench/import.sh [--build BUILD_DIR] [ROWS...]   (BUILD_DIR defaults to build/)
#
# Two tables of each size: `varied`, the events of bench/gen-timeline.py (dates, titles,
# parties, places, sources, notes, tags) as `list --format csv` writes them, and `same`, rows
# that all have the same date and title, so that every id made after the first is numbered
# (-2, -3, ...). Each time is one run, wall clock, with an empty cache directory. Progress goes
# to standard error; the table and the slopes, in Markdown, to standard output. Needs python3.
set -euo pipefail

usage() {
  echo "usage: bench/import.sh [--build BUILD_DIR] [ROWS...]" >&2
  exit 2
}

bench=$(cd "$(dirname "$0")" && pwd)
build=$bench/../build
sizes=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --build)
      [[ $# -ge 2 ]] || usage
      build=$2
      shift 2
      ;;
    -*) usage ;;
    *)
      [[ $1 =~ ^[1-9][0-9]*$ ]] || usage
      sizes+=("$1")
      shift
      ;;
  esac
done
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)
accords=$(cd "$build" && pwd)/accords
if [[ ! -x $accords ]]; then
  echo "bench/import.sh: $accords is missing: build it (cmake --build $build)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No data path or cache of the caller's, "today" pinned, a UTF-8 locale.
unset ACCORDS_PATH
export ACCORDS_TODAY=2026-11-26 LC_ALL=C.UTF-8 ACCORDS_CACHE_DIR=$work/cache
fields=date,end,type,parties,mediators,title,place,tags,sources,notes

progress() { printf '%s\n' "$*" >&2; }

# seconds COMMAND...: runs COMMAND (output thrown away, the cache emptied first) and prints
# its wall time in seconds; stops the benchmark if it fails.
seconds() {
  rm -rf "$ACCORDS_CACHE_DIR"
  local start end
  start=$(date +%s%N)
  if ! "$@" > /dev/null 2> "$work/err"; then
    echo "bench/import.sh: '$*' failed:" >&2
    head -5 "$work/err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}
per_row() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
mebibytes() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
slope() { # T1 N1 T2 N2
  awk -v t1="$1" -v n1="$2" -v t2="$3" -v n2="$4" \
    'BEGIN { if (t1 > 0 && t2 > 0) printf "%.2f", log(t2 / t1) / log(n2 / n1); else printf "-" }'
}

# make_table KIND ROWS CSV: writes the table.
make_table() {
  case $1 in
    varied)
      rm -rf "$work/source"
      /usr/bin/python3 "$bench/gen-timeline.py" "$2" 1 "$work/source"
      "$accords" -d "$work/source" list --format csv --fields "$fields" > "$3"
      ;;
    same)
      {
        echo "date,type,parties,title,sources"
        for ((row = 0; row < $2; ++row)); do echo "2020-01-01,summit,IL,The same title,https://example.org/s"; done
      } > "$3"
      ;;
  esac
}

declare -A import_time check_time
echo "| table | rows | CSV (MiB) | import csv (s) | µs / row | check --no-cache (s) | µs / row |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for kind in varied same; do
  for rows in "${sizes[@]}"; do
    progress "$kind, $rows rows: making the table"
    csv=$work/$kind-$rows.csv
    make_table "$kind" "$rows" "$csv"
    data=$work/data-$kind-$rows
    mkdir -p "$data"
    printf 'schema: 2\ntreaty:\n  id: synthetic-0000\n  name: Synthetic Treaty 1\n' > "$data/treaty.yaml"
    progress "$kind, $rows rows: import csv"
    import_time[$kind-$rows]=$(seconds "$accords" -d "$data" import csv "$csv" --treaty synthetic-0000 \
      -o "$data/imported.yaml")
    progress "$kind, $rows rows: check --no-cache"
    check_time[$kind-$rows]=$(seconds "$accords" check --no-cache "$data")
    echo "| $kind | $rows | $(mebibytes "$csv") | ${import_time[$kind-$rows]} |" \
      "$(per_row "${import_time[$kind-$rows]}" "$rows") | ${check_time[$kind-$rows]} |" \
      "$(per_row "${check_time[$kind-$rows]}" "$rows") |"
    rm -rf "$data" "$csv"
  done
done

echo
echo "Slope log(t2/t1) / log(n2/n1) from one size to the next (1: linear, 2: quadratic):"
echo
for kind in varied same; do
  for ((i = 1; i < ${#sizes[@]}; ++i)); do
    n1=${sizes[i - 1]} n2=${sizes[i]}
    echo "- $kind, $n1 to $n2 rows: import csv" \
      "$(slope "${import_time[$kind-$n1]}" "$n1" "${import_time[$kind-$n2]}" "$n2"), check --no-cache" \
      "$(slope "${check_time[$kind-$n1]}" "$n1" "${check_time[$kind-$n2]}" "$n2")"
  done
done
