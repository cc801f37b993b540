#!/usr/bin/env bash
# accords add on a file that ends with the document end marker `...` (and perhaps comments
# after it): the event goes inside the document, before the marker, every byte of the file
# is kept, and the file loads with the event.
set -u
source "$(dirname "$0")/lib.sh"

head='schema: 1\ntreaty:\n  id: tt\n  name: T\nevents:\n  - id: e1\n    date: 2020-01-15\n    type: signing\n    parties: [IL]\n    title: First\n'
# case_of NAME TAIL: the file is HEAD then TAIL; an event is added.
case_of() {
  local file=$work/$1.yaml
  printf "$head$2" > "$file"
  cp "$file" "$work/$1.before"
  accords add "$file" --no-input --date 2021 --type summit -c IL --title X --id x1 > "$work/out" 2>&1 ||
    fail "$1: add failed: $(cat "$work/out")"
  local ids
  ids=$(accords -d "$file" list --format tsv --fields id 2>&1 | tr '\n' ' ')
  [[ $ids == 'e1 x1 ' ]] || fail "$1: the file does not load with the event: $ids"
  accords check "$file" > "$work/check" 2>&1 || fail "$1: check: $(cat "$work/check")"
  # The file as it was, with the event's lines inserted before the marker.
  local marker_line
  marker_line=$(grep -n '^\.\.\.' "$work/$1.before" | tail -1 | cut -d: -f1)
  local expected
  expected=$(head -n $((marker_line - 1)) "$work/$1.before"
    printf '\n  - id: x1\n    date: 2021\n    type: summit\n    parties: [IL]\n    title: X\n'
    tail -n +"$marker_line" "$work/$1.before")
  [[ $(cat "$file") == "$expected" ]] || fail "$1: the file became:"$'\n'"$(cat "$file")"
  cmp -s <(tail -c 1 "$file") <(tail -c 1 "$work/$1.before") || fail "$1: the last byte changed"
}
case_of end-marker '...\n'
case_of end-marker-no-line-end '...'
case_of end-marker-comment '... # the end\n'
case_of comment-after-end '...\n# after the end\n'
case_of blank-and-comment-after-end '...\n\n# after the end'
exit $status
