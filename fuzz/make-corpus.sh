#!/usr/bin/env bash
# Makes the seed corpus of every fuzz target from the test fixtures, into OUT/<target>/:
#   load_fuzzer         every timeline file of tests/e2e/fixtures/, timelines/ and the broken-* cases
#   date_fuzzer         every date written in those files and every date flag value of the e2e cases
#   filter_args_fuzzer  those dates and every --country/--type value of the e2e cases
#   format_fuzzer       the same timeline files as load_fuzzer
# Files are named by the SHA-1 of their content, as libFuzzer names what it adds.
# Usage: fuzz/make-corpus.sh OUT
set -euo pipefail
out=${1:?usage: fuzz/make-corpus.sh OUT}
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out/load_fuzzer" "$out/date_fuzzer" "$out/filter_args_fuzzer" "$out/format_fuzzer"

add_file() { # target, file
  local sum
  sum=$(sha1sum < "$2" | cut -d' ' -f1)
  cp "$2" "$1/$sum"
}
add_text() { # target, text (without a newline)
  local sum
  sum=$(printf '%s' "$2" | sha1sum | cut -d' ' -f1)
  printf '%s' "$2" > "$1/$sum"
}

shopt -s globstar nullglob
timeline_files=()
for file in "$root"/tests/e2e/fixtures/**/*.yaml "$root"/tests/e2e/fixtures/**/*.yml \
            "$root"/timelines/**/*.yaml "$root"/tests/e2e/cases/broken-*/input/**; do
  [[ -f $file ]] && timeline_files+=("$file")
done
for file in "${timeline_files[@]}"; do
  add_file "$out/load_fuzzer" "$file"
  add_file "$out/format_fuzzer" "$file"
done

# Dates as the files write them, and the values given to flags in the e2e cases (one argument
# a line in each case's args file).
{
  cat "${timeline_files[@]}" | grep -awoE '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?' | sort -u | head -n 200
  for args in "$root"/tests/e2e/cases/*/args; do
    awk 'previous ~ /^(--since|--until|--on|--as-of|-s|-u)$/ { print } { previous = $0 }' "$args"
  done
  printf '%s\n' today 30d 2w 6m 1y 0d
} | sort -u | while IFS= read -r value; do
  add_text "$out/date_fuzzer" "$value"
  add_text "$out/filter_args_fuzzer" "$value"
done
{
  for args in "$root"/tests/e2e/cases/*/args; do
    awk 'previous ~ /^(-c|--country|-t|--type)$/ { print } { previous = $0 }' "$args"
  done
} | sort -u | while IFS= read -r value; do
  add_text "$out/filter_args_fuzzer" "$value"
done
for target in load_fuzzer date_fuzzer filter_args_fuzzer format_fuzzer; do
  echo "$target: $(find "$out/$target" -type f | wc -l) seeds"
done
