#!/usr/bin/env bash
# Every input the fuzzers once crashed on (fuzz/regressions/<target>/) given to the real
# binary: accords may reject it (status 1 or 2) but must not crash (a signal, status >= 128)
# nor end with any status outside 0, 1 and 2.
#   load_fuzzer/*         as the one timeline file, on standard input (`list --data -`)
#   date_fuzzer/*         as --since (skipped if it holds a NUL byte, which argv cannot carry)
#   filter_args_fuzzer/*  as --country, --type and --since, likewise
#   format_fuzzer/*       as the file `fmt -` and `fmt --sort -` format, on standard input
set -u
source "$(dirname "$0")/lib.sh"
regressions="$(cd "$(dirname "$0")/../../fuzz" && pwd)/regressions"
count=0
run() { # description, then the arguments; standard input is inherited
  local description=$1
  shift
  accords "$@" > /dev/null 2>&1
  local code=$?
  count=$((count + 1))
  if [[ $code -ne 0 && $code -ne 1 && $code -ne 2 ]]; then
    echo "$description: exit status $code, expected 0, 1 or 2"
    status=1
  fi
}
argument_of() { # file: its content on stdout; fails when it holds a NUL byte
  [[ $(tr -d '\0' < "$1" | wc -c) -eq $(wc -c < "$1") ]] && cat "$1"
}

# Each target has inputs: a missing or empty folder would make this test pass with nothing run.
for target in load_fuzzer date_fuzzer filter_args_fuzzer format_fuzzer; do
  if [[ -z $(find "$regressions/$target" -maxdepth 1 -type f 2> /dev/null) ]]; then
    echo "no inputs in $regressions/$target: the folder is missing or empty"
    status=1
  fi
done

shopt -s nullglob
for file in "$regressions"/load_fuzzer/*; do
  run "load_fuzzer/${file##*/}" list --data - < "$file"
done
for file in "$regressions"/date_fuzzer/*; do
  value=$(argument_of "$file") || continue
  run "date_fuzzer/${file##*/}" list --since "$value" < /dev/null
done
for file in "$regressions"/filter_args_fuzzer/*; do
  value=$(argument_of "$file") || continue
  run "filter_args_fuzzer/${file##*/} as --country" list --country "$value" < /dev/null
  run "filter_args_fuzzer/${file##*/} as --type" list --type "$value" < /dev/null
  run "filter_args_fuzzer/${file##*/} as --since" list --since "$value" < /dev/null
done
for file in "$regressions"/format_fuzzer/*; do
  run "format_fuzzer/${file##*/}" fmt - < "$file"
  run "format_fuzzer/${file##*/} --sort" fmt --sort - < "$file"
done
echo "$count runs"
exit $status
