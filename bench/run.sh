#!/usr/bin/env bash
# The benchmark: times `accords list --since 2020 --format tsv` on synthetic timelines (10^3,
# 10^5, 10^5 over 8 and over 1000 files, and 10^6 events, from gen-timeline.py) with
# hyperfine, cold (an empty ACCORDS_CACHE_DIR before each run) and warm (the same directory,
# filled by an earlier run), and measures each tool's peak RSS with /usr/bin/time in one more
# run. It compares them with the floor (yaml_floor: yaml-cpp's event API and nothing else) and
# with the same query in yq+jq (yq_query.jq) and in Python with PyYAML's CSafeLoader
# (pyyaml_query.py), after checking that all three print the same rows. Last, `accords list`
# on the built-in data against an empty main() linked with the same libraries (empty_main).
#
# usage: bench/run.sh [--quick] [BUILD_DIR]   (BUILD_DIR defaults to the repository's build/)
#
# Prints progress on standard error and, on standard output, a Markdown table (wall-time
# median, ratio to the floor on the same files, peak RSS, peak RSS over input size), notes,
# and each target as measured ratio, target, PASS or MISS. The targets are figures, not a
# test: the exit status is 0 whatever they say, and 1 only when something could not run.
# --quick uses 10^3, 10^4, and 10^4 over 8 and over 100 files (there without yq and PyYAML)
# with few runs and takes under a minute; its figures show that the script works, not how
# fast accords is.
# A full run takes about 15 minutes on two cores. Needs hyperfine, jq, yq, python3-yaml and
# time (scripts/install-deps).
set -euo pipefail

usage() {
  echo "usage: bench/run.sh [--quick] [BUILD_DIR]" >&2
  exit 2
}

bench=$(cd "$(dirname "$0")" && pwd)
quick=0
build=""
for argument in "$@"; do
  case $argument in
    --quick) quick=1 ;;
    -*) usage ;;
    *)
      [[ -z $build ]] || usage
      build=$argument
      ;;
  esac
done
build=$(cd "${build:-$bench/../build}" && pwd)

for program in accords yaml_floor empty_main; do
  if [[ ! -x $build/$program ]]; then
    echo "bench/run.sh: $build/$program is missing: build it (cmake --build $build)" >&2
    exit 1
  fi
done
for tool in hyperfine jq yq /usr/bin/time /usr/bin/python3; do
  if ! command -v "$tool" > /dev/null; then
    echo "bench/run.sh: $tool is missing: run scripts/install-deps" >&2
    exit 1
  fi
done
if ! /usr/bin/python3 -c 'import yaml; yaml.CSafeLoader' 2> /dev/null; then
  echo "bench/run.sh: PyYAML with libyaml (CSafeLoader) is missing: run scripts/install-deps" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/empty"

# The same environment for every tool: no data path or cache of the caller's, "today"
# pinned, a UTF-8 locale.
unset ACCORDS_PATH ACCORDS_CACHE_DIR
export ACCORDS_TODAY=2026-11-26 LC_ALL=C.UTF-8
since=2020
query=(list --since "$since" --format tsv)

progress() { printf '%s\n' "$*" >&2; }

# Number formats (awk, as bash has no floating point).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
milliseconds() {
  awk -v s="$1" 'BEGIN { v = s * 1000; format = v < 10 ? "%.2f" : v < 1000 ? "%.1f" : "%.0f"; printf format, v }'
}
seconds() { awk -v s="$1" 'BEGIN { printf "%.1f", s }'; }
mebibytes() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# A command as one string that hyperfine -N (no shell) splits back into the same words.
command_line() {
  local line="" word
  for word in "$@"; do
    line+="$(printf '%q' "$word") "
  done
  printf '%s' "${line% }"
}

# median WARMUP RUNS [HYPERFINE OPTION...] -- COMMAND...: prints the median wall time in
# seconds. The command runs without a shell, its output read through a pipe and dropped.
median() {
  local warmup=$1 runs=$2
  shift 2
  local -a options=()
  while [[ $1 != -- ]]; do
    options+=("$1")
    shift
  done
  shift
  if ! hyperfine -N --output=pipe --style none --warmup "$warmup" --runs "$runs" "${options[@]}" \
    --export-json "$work/hyperfine.json" "$(command_line "$@")" > "$work/hyperfine.log" 2>&1; then
    echo "bench/run.sh: hyperfine failed on: $*" >&2
    cat "$work/hyperfine.log" >&2
    exit 1
  fi
  jq -r '.results[0].median' "$work/hyperfine.json"
}

# peak_rss OUTPUT COMMAND...: runs the command once, its standard output into OUTPUT, and
# prints its peak resident set size in KiB (for yq, the larger of yq's and its jq's).
peak_rss() {
  local output=$1
  shift
  if ! /usr/bin/time -f %M -o "$work/time" "$@" > "$output" 2> "$work/stderr"; then
    echo "bench/run.sh: failed: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  tail -1 "$work/time"
}

# The results, by "DATASET|TOOL": median wall time in seconds, peak RSS in KiB.
declare -A wall rss label input_bytes
datasets=() # in the order measured
declare -A tool_name=([floor]="yaml_floor" [cold]="accords cold" [warm]="accords warm" [yq]="yq + jq"
  [pyyaml]="PyYAML (CSafeLoader)" [empty]="empty main()" [builtin]="accords list")
notes=()

note() {
  progress "$*"
  notes+=("$*")
}

# measure DATASET TOOL WARMUP RUNS [HYPERFINE OPTION...] -- COMMAND...: the wall time by
# hyperfine, then the peak RSS in one more run, whose output is kept in $work/out.TOOL.
measure() {
  local key=$1 tool=$2 started=$SECONDS
  shift 2
  wall[$key|$tool]=$(median "$@")
  while [[ $1 != -- ]]; do shift; done
  shift
  if [[ $tool == cold ]]; then
    find "$ACCORDS_CACHE_DIR" -mindepth 1 -delete
  fi
  rss[$key|$tool]=$(peak_rss "$work/out.$tool" "$@")
  progress "$(printf '  %-16s %-20s %10s ms %8s MiB   (%d s)' "${label[$key]}" "${tool_name[$tool]}" \
    "$(milliseconds "${wall[$key|$tool]}")" "$(mebibytes "${rss[$key|$tool]}")" $((SECONDS - started)))"
}

# compare_outputs DATASET: whether accords (cold and warm), yq + jq and PyYAML printed the
# same rows in their peak-RSS runs, so that the timings compare the same work.
compare_outputs() {
  local key=$1 tool count
  local -a counts=()
  local same_count=1 same_rows=1 reference
  reference=$(wc -l < "$work/out.cold")
  for tool in cold warm yq pyyaml; do
    count=$(wc -l < "$work/out.$tool")
    counts+=("${tool_name[$tool]} $count")
    [[ $count == "$reference" ]] || same_count=0
    cmp -s "$work/out.$tool" "$work/out.cold" || same_rows=0
  done
  if ((!same_count)); then
    note "warning: ${label[$key]}: the tools select different numbers of events: $(
      IFS=,
      echo "${counts[*]}"
    )"
  elif ((!same_rows)); then
    note "warning: ${label[$key]}: every tool selects $reference events, but their rows differ"
  else
    note "${label[$key]}: accords (cold and warm), yq + jq and PyYAML print the same $reference rows, byte for byte"
  fi
}

if ((quick)); then
  sizes=("1e3 1000 1" "1e4 10000 1" "1e4x8 10000 8" "1e4x100 10000 100")
else
  sizes=("1e3 1000 1" "1e5 100000 1" "1e5x8 100000 8" "1e5x1000 100000 1000" "1e6 1000000 1")
fi
compared=""

for size in "${sizes[@]}"; do
  read -r key events files <<< "$size"
  label[$key]="10^$((${#events} - 1))"
  ((files == 1)) || label[$key]+=" in $files files"
  datasets+=("$key")
  data="$work/data-$key"
  started=$SECONDS
  /usr/bin/python3 "$bench/gen-timeline.py" "$events" "$files" "$data"
  input_bytes[$key]=$(find "$data" -name '*.yaml' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  yaml_files=("$data"/*.yaml)
  progress "${label[$key]}: $events events in $files file(s), ${input_bytes[$key]} bytes, generated in $((SECONDS - started)) s"

  # Runs: ten at 10^3, a few at 10^4 and 10^5, one at 10^6 (about a minute each there). yq
  # and PyYAML are several times slower than accords: fewer runs, and none at 10^6 (minutes
  # and gigabytes) nor, with --quick, over several files (seconds). Without a warm-up run the
  # page cache is warm all the same: the files were just written, and the floor reads them
  # first.
  if ((events <= 1000)); then
    warmup=1 runs=10 other_warmup=1 other_runs=3
  elif ((quick)); then
    warmup=0 runs=2 other_warmup=0 other_runs=$((files == 1))
  elif ((events <= 100000)); then
    warmup=1 runs=5 other_warmup=0 other_runs=1
  else
    warmup=0 runs=1 other_warmup=0 other_runs=0
  fi

  export ACCORDS_CACHE_DIR="$work/cache-$key"
  mkdir "$ACCORDS_CACHE_DIR"
  measure "$key" floor "$warmup" "$runs" -- "$build/yaml_floor" "$data"
  measure "$key" cold "$warmup" "$runs" --prepare "$(command_line find "$ACCORDS_CACHE_DIR" -mindepth 1 -delete)" \
    -- "$build/accords" -d "$data" "${query[@]}"
  # The peak-RSS run of `cold` has filled the cache.
  measure "$key" warm "$warmup" "$runs" -- "$build/accords" -d "$data" "${query[@]}"
  if ((other_runs > 0)); then
    measure "$key" yq "$other_warmup" "$other_runs" -- \
      yq -r -s --arg since "$since" -f "$bench/yq_query.jq" "${yaml_files[@]}"
    measure "$key" pyyaml "$other_warmup" "$other_runs" -- \
      /usr/bin/python3 "$bench/pyyaml_query.py" --since "$since" "$data"
    compare_outputs "$key"
    if ((files == 1)); then
      compared=$key # the last one-file dataset, for the note at 10^6
    fi
  else
    cmp -s "$work/out.cold" "$work/out.warm" ||
      note "warning: ${label[$key]}: accords prints different rows cold and warm"
    if ((quick)); then
      note "${label[$key]}: yq + jq and PyYAML not run (--quick)"
    elif [[ -n $compared ]]; then
      note "${label[$key]}: yq + jq and PyYAML not run: at ${label[$compared]} they took $(
        seconds "${wall[$compared|yq]}") and $(seconds "${wall[$compared|pyyaml]}") s and $(
        mebibytes "${rss[$compared|yq]}") and $(mebibytes "${rss[$compared|pyyaml]}") MiB, growing with the events"
    fi
  fi
  rm -rf "$data" "$ACCORDS_CACHE_DIR"
  unset ACCORDS_CACHE_DIR
done

# Start-up: `accords list` on the built-in data (no --data, no ACCORDS_PATH, from an empty
# directory) against an empty main() with the same shared libraries.
shared_libraries() { ldd "$1" | awk '{ print $1 }' | sort; }
if [[ $(shared_libraries "$build/accords") != "$(shared_libraries "$build/empty_main")" ]]; then
  note "warning: empty_main does not load the same shared libraries as accords (compare their ldd)"
fi
label[builtin]="built-in data"
datasets+=(builtin)
startup_runs=200
((quick)) && startup_runs=50
export ACCORDS_CACHE_DIR="$work/cache-builtin"
mkdir "$ACCORDS_CACHE_DIR"
cd "$work/empty"
measure builtin empty 10 "$startup_runs" -- "$build/empty_main"
measure builtin builtin 10 "$startup_runs" -- "$build/accords" list
cd /
unset ACCORDS_CACHE_DIR

# The table, in Markdown: text columns left-aligned, numbers right-aligned.
rows=("dataset|input (MiB)|tool|wall median (ms)|vs floor|peak RSS (MiB)|RSS / input")
for key in "${datasets[@]}"; do
  if [[ $key == builtin ]]; then
    key_tools=(empty builtin) floor=empty
  else
    key_tools=(floor cold warm yq pyyaml) floor=floor
  fi
  for tool in "${key_tools[@]}"; do
    [[ -n ${wall[$key|$tool]:-} ]] || continue
    if [[ -n ${input_bytes[$key]:-} ]]; then
      size=$(mebibytes "$((input_bytes[$key] / 1024))")
      per_input=$(ratio "$((rss[$key|$tool] * 1024))" "${input_bytes[$key]}")
    else
      size="-" per_input="-"
    fi
    rows+=("${label[$key]}|$size|${tool_name[$tool]}|$(milliseconds "${wall[$key|$tool]}")|$(
      ratio "${wall[$key|$tool]}" "${wall[$key|$floor]}")|$(mebibytes "${rss[$key|$tool]}")|$per_input")
  done
done
printf '%s\n' "${rows[@]}" | awk -F'|' '
  function text(i) { return i == 1 || i == 3 }
  { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > width[i]) width[i] = length($i) } }
  END {
    for (r = 1; r <= NR; r++) {
      line = "|"
      for (i = 1; i <= NF; i++)
        line = line sprintf(text(i) || r == 1 ? " %-*s |" : " %*s |", width[i], cell[r, i])
      print line
      if (r > 1) continue
      line = "|"
      for (i = 1; i <= NF; i++) {
        dashes = sprintf("%*s", width[i] - 1, "")
        gsub(/ /, "-", dashes)
        line = line " " (text(i) ? dashes "-" : dashes ":") " |"
      }
      print line
    }
  }'
echo
if ((quick)); then
  echo "--quick: 10^4 stands in for 10^5, with few runs; these figures only show that the script works."
fi
for line in "${notes[@]}"; do
  echo "$line"
done
echo

# The targets: measured ratio, target, PASS or MISS. They never change the exit status.
target() { # DESCRIPTION MEASURED <=|>= LIMIT
  local verdict
  verdict=$(awk -v m="$2" -v op="$3" -v l="$4" 'BEGIN { print ((op == "<=" ? m <= l : m >= l) ? "PASS" : "MISS") }')
  printf 'target: %-56s %7sx  %-17s %s\n' "$1" "$2" "(target $3 $4x)" "$verdict"
}
rss_per_input() { ratio "$((rss[$1|$2] * 1024))" "${input_bytes[$1]}"; }
if ((quick)); then
  one=1e4 eight=1e4x8 largest=""
else
  one=1e5 eight=1e5x8 largest=1e6
fi
target "cold, ${label[$one]} in one file, vs the floor" "$(ratio "${wall[$one|cold]}" "${wall[$one|floor]}")" "<=" 1.25
target "cold, ${label[$eight]}, vs the floor on one file" \
  "$(ratio "${wall[$eight|cold]}" "${wall[$one|floor]}")" "<=" 0.65
target "warm speed-up at ${label[$one]} (cold / warm)" "$(ratio "${wall[$one|cold]}" "${wall[$one|warm]}")" ">=" 20
target "peak RSS cold / input size at ${label[$one]}" "$(rss_per_input "$one" cold)" "<=" 2.5
target "peak RSS warm / input size at ${label[$one]}" "$(rss_per_input "$one" warm)" "<=" 1
if [[ -n $largest ]]; then
  target "peak RSS cold / input size at ${label[$largest]}" "$(rss_per_input "$largest" cold)" "<=" 2.5
  target "peak RSS warm / input size at ${label[$largest]}" "$(rss_per_input "$largest" warm)" "<=" 1
fi
target "accords list on the built-in data vs an empty main()" \
  "$(ratio "${wall[builtin|builtin]}" "${wall[builtin|empty]}")" "<=" 1.3
