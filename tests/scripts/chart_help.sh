#!/usr/bin/env bash
# `accords chart --help` names every option of chart (the filters of list, --by and its
# values, --format and its formats, --width, --ascii), exits 0 and writes only to standard
# output.
set -u
source "$(dirname "$0")/lib.sh"
accords_today='' # accords runs without ACCORDS_TODAY
accords chart --help > "$work/out" 2> "$work/err"
code=$?
if [[ $code != 0 ]]; then
  echo "accords chart --help: exit status $code, expected 0"
  status=1
fi
if [[ -s $work/err ]]; then
  echo "accords chart --help wrote to standard error:"
  cat "$work/err"
  status=1
fi
for word in --since --until --on -c --country -t --type -T --treaty -g --grep --tag --by party treaty type \
  --format text svg json --width --ascii -h --help; do
  # named as a word: not followed or preceded by a letter or a dash
  if ! grep -Eq -- "(^|[^A-Za-z-])${word}([^A-Za-z-]|$)" "$work/out"; then
    echo "chart help does not name $word"
    status=1
  fi
done
exit $status
