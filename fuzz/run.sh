#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 60) from a seed corpus made from the
# test fixtures, and fails if any target finds a crash, a leak, undefined behaviour, a timeout
# (over 10 s for one input) or a memory blow-up (over 2 GB).
#
# Build the targets first (clang):
#   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DACCORDS_FUZZ=ON -DACCORDS_BUILD_TESTS=OFF
#   cmake --build build-fuzz --target accords_fuzzers
# Usage: fuzz/run.sh [SECONDS] [BUILD_DIR] [TARGET...]
#
# The corpus grows in $ACCORDS_FUZZ_CORPUS/<target>/ (default BUILD_DIR/fuzz-corpus) across
# runs; the inputs of fuzz/regressions/<target>/ are run first. A finding is written to
# BUILD_DIR/fuzz-artifacts/<target>/ (crash-*, leak-*, timeout-*, oom-*); reproduce it with
# `BUILD_DIR/<target> FILE`, then save it under fuzz/regressions/<target>/.
set -uo pipefail
seconds=${1:-60}
root="$(cd "$(dirname "$0")/.." && pwd)"
build=${2:-$root/build-fuzz}
shift $(($# > 2 ? 2 : $#))
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(load_fuzzer date_fuzzer filter_args_fuzzer format_fuzzer)

for target in "${targets[@]}"; do
  if [[ ! -x $build/$target ]]; then
    echo "fuzz/run.sh: no $build/$target; build it first (see the top of this script)" >&2
    exit 2
  fi
done
corpora=${ACCORDS_FUZZ_CORPUS:-$build/fuzz-corpus}
"$root/fuzz/make-corpus.sh" "$corpora" || exit 2

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
status=0
for target in "${targets[@]}"; do
  corpus=$corpora/$target
  artifacts=$build/fuzz-artifacts/$target
  log=$build/fuzz-$target.log
  mkdir -p "$artifacts" "$root/fuzz/regressions/$target"
  echo "== $target: $seconds s"
  # New inputs go to the first corpus folder only; the regressions are read, never written.
  "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "$root/fuzz/regressions/$target" > "$log" 2>&1
  code=$?
  if [[ $code -ne 0 ]]; then
    echo "$target: FAILED (exit status $code); the end of $log:"
    tail -n 60 "$log"
    status=1
  else
    grep -E '^stat::(number_of_executed_units|new_units_added)|^Done' "$log" || true
  fi
done
exit $status
