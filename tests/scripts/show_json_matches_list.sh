#!/usr/bin/env bash
# `accords show --format json ID...` prints exactly what `accords list --format json` prints for
# the same events: for every event of the fixtures (and the built-in data), named in timeline
# order, the two outputs are byte for byte the same; naming an id twice changes nothing.
set -u
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../e2e/fixtures"
status=0
run() { env -i PATH="$PATH" LC_ALL=C.UTF-8 ACCORDS_TODAY=2026-11-26 "$binary" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

compare() { # name, then the data options
  local name=$1
  shift
  mapfile -t ids < <(run "$@" list --fields id --format tsv)
  if [[ ${#ids[@]} == 0 ]]; then
    echo "$name: list printed no ids"
    status=1
    return
  fi
  run "$@" list --format json > "$work/list.json"
  run "$@" show --format json "${ids[@]}" > "$work/show.json"
  if ! diff -u --label "list $name" --label "show $name" "$work/list.json" "$work/show.json"; then
    status=1
  fi
  run "$@" show --format json "${ids[@]}" "${ids[0]}" > "$work/show-again.json"
  if ! cmp -s "$work/show.json" "$work/show-again.json"; then
    echo "$name: naming ${ids[0]} twice changed the output"
    status=1
  fi
}
compare fixtures -d "$fixtures/fisheries" -d "$fixtures/harbour"
compare builtin
exit $status
