#!/usr/bin/env bash
# `accords show --format json ID...` prints exactly what `accords list --format json` prints for
# the same events: for every event of the fixtures (and the built-in data), named in timeline
# order, the two outputs are byte for byte the same; naming an id twice changes nothing.
set -u
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../e2e/fixtures"

compare() { # name, then the data options
  local name=$1
  shift
  mapfile -t ids < <(accords "$@" list --fields id --format tsv)
  if [[ ${#ids[@]} == 0 ]]; then
    echo "$name: list printed no ids"
    status=1
    return
  fi
  accords "$@" list --format json > "$work/list.json"
  accords "$@" show --format json "${ids[@]}" > "$work/show.json"
  if ! diff -u --label "list $name" --label "show $name" "$work/list.json" "$work/show.json"; then
    status=1
  fi
  accords "$@" show --format json "${ids[@]}" "${ids[0]}" > "$work/show-again.json"
  if ! cmp -s "$work/show.json" "$work/show-again.json"; then
    echo "$name: naming ${ids[0]} twice changed the output"
    status=1
  fi
}
compare fixtures -d "$fixtures/fisheries" -d "$fixtures/harbour"
compare builtin
exit $status
