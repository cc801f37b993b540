#!/usr/bin/env bash
# `accords check` with standard error on a terminal: each problem is followed by its source
# line and a caret under the column, as the other commands print errors; the summary still
# follows on standard output. Runs accords under script(1) to get a terminal.
set -u
binary=$1
if ! command -v script > /dev/null; then
  echo "script(1) is not installed: cannot run accords on a terminal"
  exit 1
fi
cd "$(dirname "$0")/../e2e/cases/check-path-arguments" || exit 99
expected="input/a-treaty.yaml:4:5: warning: event 'hla-1999-06-14-signed' has no sources
    - id: hla-1999-06-14-signed
      ^
1 file, 1 event: 0 errors, 1 warning"
actual=$(env -i PATH="$PATH" LC_ALL=C.UTF-8 TERM=dumb ACCORDS_TODAY=2026-11-26 \
  script -qec "'$binary' check input/a-treaty.yaml" /dev/null | tr -d '\r')
code=${PIPESTATUS[0]}
status=0
if [[ $actual != "$expected" ]]; then
  echo "on a terminal, expected:"
  echo "$expected"
  echo "got:"
  echo "$actual"
  status=1
fi
if [[ $code != 0 ]]; then
  echo "exit status $code, expected 0 (warnings only)"
  status=1
fi
exit $status
