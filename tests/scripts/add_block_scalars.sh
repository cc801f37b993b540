#!/usr/bin/env bash
# accords add leaves the value of every event already in the file as it was, when the last one
# ends in a block scalar: a kept one (`|+`), whose blank lines the separator would join, and
# one that ends the file without a line end, which the line end added would join.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
run() { accords HOME=/nonexistent "$@"; }
notes_of() { run -d "$1" show --format json e1 | python3 -c 'import json, sys; print(repr(json.load(sys.stdin)[0]["notes"]))'; }

head='schema: 1\ntreaty:\n  id: tt\n  name: T\nevents:\n  - id: e1\n    date: 2020-01-15\n    type: signing\n    parties: [IL]\n    title: First\n'
# case NAME NOTES-TEXT: the event's notes written as NOTES-TEXT, then an event added.
case_of() {
  local file=$work/$1.yaml before after
  printf "$head$2" > "$file"
  before=$(notes_of "$file") || { fail "$1: the file does not load"; return; }
  run add "$file" --no-input --date 2021 --type summit -c IL --title X --id x1 > "$work/out" 2>&1 ||
    fail "$1: add failed: $(cat "$work/out")"
  after=$(notes_of "$file")
  [[ $after == "$before" ]] || fail "$1: the notes were $before and are $after once an event was added"
  [[ $(run -d "$file" list --format tsv --fields id | tr '\n' ' ') == 'e1 x1 ' ]] || fail "$1: x1 was not added"
}
case_of keep-last '    notes: |+\n      kept\n\n'
case_of keep-no-line-end '    notes: |+\n      kept'
case_of clip-no-line-end '    notes: |\n      a\n      b'
case_of clip-no-line-end-crlf '    notes: |\r\n      a\r\n      b'
case_of folded-no-line-end '    notes: >\n      a\n      b'
case_of keep-before-root-key '    notes: |+\n      kept\n\n\nx-after: 1\n'
exit $status
