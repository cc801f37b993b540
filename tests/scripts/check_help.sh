#!/usr/bin/env bash
# `accords check --help` names the PATH arguments and -q/--quiet, on standard output with
# nothing on standard error and status 0; `accords --help` lists the check command.
set -u
source "$(dirname "$0")/lib.sh"
accords_today='' # accords runs without ACCORDS_TODAY
accords check --help > "$work/check" 2> "$work/check.err"
code=$?
if [[ $code != 0 || -s $work/check.err ]]; then
  echo "accords check --help: status $code, standard error:"
  cat "$work/check.err"
  status=1
fi
# The help is wrapped: its words are looked for with every run of spaces and line breaks as one.
tr -s ' \n' '  ' < "$work/check" > "$work/check.words"
for expected in 'Usage: accords check [OPTIONS] [PATH...]' '-q,--quiet' "'-' for standard input"; do
  if ! grep -qF -- "$expected" "$work/check.words"; then
    echo "accords check --help does not say: $expected"
    status=1
  fi
done
accords --help > "$work/global" 2>&1
if ! grep -qE '^  check +Validates timeline files and prints every problem$' "$work/global"; then
  echo "accords --help does not list check:"
  cat "$work/global"
  status=1
fi
exit $status
