#!/usr/bin/env bash
# A write that fails (`accords list > /dev/full`) prints "accords: error: ..." and exits 1
# (cli.md "Exit status and errors"), whatever the format and however small the output.
set -u
source "$(dirname "$0")/lib.sh"
[[ -w /dev/full ]] || skip "no writable /dev/full here, so a failing write cannot be made"
fixtures="$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)"
expected="accords: error: cannot write to standard output: No space left on device"
check() { # description, then the arguments
  local description=$1
  shift
  local err
  err=$(accords "$@" 2>&1 > /dev/full)
  local code=$?
  if [[ $code != 1 ]]; then
    echo "$description: exit status $code, expected 1"
    status=1
  fi
  if [[ $err != "$expected" ]]; then
    echo "$description: standard error was:"
    echo "$err"
    echo "expected exactly:"
    echo "$expected"
    status=1
  fi
}
check "built-in data" list
check "built-in data, json" list --format json
check "fixtures, csv" list --data "$fixtures/fisheries" --format csv
check "one short line" list --data "$fixtures/harbour" --limit 1
check "--version" --version
exit $status
