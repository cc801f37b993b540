#!/usr/bin/env bash
# `accords show --help`, `accords members --help` and `accords treaties --help` (and -h) exit 0,
# print on standard output only, and name every option of the command and the values its
# options take (formats, statuses).
set -u
source "$(dirname "$0")/lib.sh"
accords_today='' # accords runs without ACCORDS_TODAY

help_of() { # where the help goes, then the arguments
  local out=$1
  shift
  accords "$@" > "$out" 2> "$out.err"
  local code=$?
  if [[ $code != 0 ]]; then
    echo "accords $*: exit status $code, expected 0"
    status=1
  fi
  if [[ -s $out.err ]]; then
    echo "accords $*: wrote to standard error:"
    cat "$out.err"
    status=1
  fi
}

expect() { # file, then the words that must appear in it
  local file=$1
  shift
  local word
  for word in "$@"; do
    # a word is named when it is not part of a longer word or option
    if ! grep -Eq -- "(^|[^A-Za-z-])${word}([^A-Za-z-]|$)" "$file"; then
      echo "$(basename "$file") help does not name $word"
      status=1
    fi
  done
}

for command in show members treaties; do
  help_of "$work/$command" "$command" --help
  help_of "$work/$command-short" "$command" -h
  if ! cmp -s "$work/$command" "$work/$command-short"; then
    echo "accords $command -h and --help differ"
    status=1
  fi
done
expect "$work/show" ID --format text json -h --help
expect "$work/members" --as-of DATE -T --treaty --status -c --country --format table tsv json --header --no-header \
  candidate announced member withdrawn suspended -h --help
expect "$work/treaties" --format table tsv json --header --no-header -h --help
exit $status
