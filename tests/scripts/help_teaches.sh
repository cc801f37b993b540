#!/usr/bin/env bash
# Help that teaches: every help fits 80 columns; `accords help [COMMAND]` prints what --help
# prints; the filter commands' help lists every event type (from the binary's own list, as
# `completions bash` offers them) and the forms of DATE; an unknown command suggests one.
set -u
source "$(dirname "$0")/lib.sh"
accords_today='' # accords runs without ACCORDS_TODAY
run() { accords COLUMNS=200 "$@"; }

commands=$(run --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
if [[ -z $commands ]]; then
  echo "FAIL: no commands found in accords --help"
  exit 1
fi
for command in "" $commands; do
  # shellcheck disable=SC2086 # "" is the root help
  run $command --help > "$work/help" 2>&1
  wide=$(/usr/bin/python3 -c '
import sys, unicodedata
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = line.rstrip("\n")
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    if width > 80:
        print(f"line {n} is {width} columns: {line}")' "$work/help")
  if [[ -n $wide ]]; then
    echo "FAIL: accords ${command:-} --help is wider than 80 columns:"
    echo "$wide"
    status=1
  fi
  # shellcheck disable=SC2086
  run help $command > "$work/via-help" 2>&1
  if ! cmp -s "$work/help" "$work/via-help"; then
    echo "FAIL: 'accords help ${command:-}' differs from 'accords ${command:-} --help'"
    diff "$work/help" "$work/via-help" | head -5
    status=1
  fi
done

# The binary's own list of types, as an unknown type lists them.
types=$(run list --type zzz 2>&1 | grep -oE 'types: [^)]*' | sed 's/types: //; s/,//g')
if [[ -z $types ]]; then
  echo "FAIL: cannot find the list of event types"
  status=1
fi
for command in list report chart; do
  run "$command" --help | tr -s ' \n' '  ' > "$work/words"
  for type in $types; do
    grep -qE "(: |, )$type[,.]" "$work/words" || { echo "FAIL: accords $command --help does not name type '$type'"; status=1; }
  done
  for form in 'YYYY, YYYY-MM or YYYY-MM-DD' "'today'" '5y'; do
    grep -qF -- "$form" "$work/words" || { echo "FAIL: accords $command --help does not show DATE form $form"; status=1; }
  done
done

run help lsit > "$work/out" 2> "$work/err"
code=$?
if [[ $code != 2 ]] || ! grep -qF "unknown command 'lsit' (did you mean 'list'?)" "$work/err" || [[ -s $work/out ]]; then
  echo "FAIL: accords help lsit: status $code, standard error: $(cat "$work/err")"
  status=1
fi
exit $status
