#!/usr/bin/env bash
# A reader that goes away (`accords list | head -1`) ends accords quietly with status 0
# (cli.md "Exit status and errors"), in every list format. The input is large enough that
# accords is still writing when head exits.
set -u
source "$(dirname "$0")/lib.sh"
export ACCORDS_CACHE_DIR=$work/cache # never the user's own cache

awk 'BEGIN {
  print "schema: 1"
  print "treaty:"
  print "  id: pipe-pact"
  print "  name: Pipe Pact"
  print "events:"
  for (i = 0; i < 10000; i++) {
    printf "  - id: pp-%05d\n    date: %04d-%02d-%02d\n    type: summit\n    parties: [NO, IS]\n", i, 1900 + i % 100, 1 + i % 12, 1 + i % 28
    printf "    title: Meeting number %d of a long series, with a title that takes some room\n", i
  }
}' > "$work/big.yaml"

for format in tsv csv json ndjson markdown table; do
  "$binary" list --data "$work/big.yaml" --format "$format" 2> "$work/stderr" | head -1 > "$work/stdout"
  statuses=("${PIPESTATUS[@]}")
  if [[ ${statuses[0]} != 0 ]]; then
    echo "format $format: accords exited with ${statuses[0]} when the reader went away (expected 0)"
    status=1
  fi
  if [[ -s $work/stderr ]]; then
    echo "format $format: accords wrote to standard error when the reader went away:"
    cat "$work/stderr"
    status=1
  fi
  if [[ ! -s $work/stdout ]]; then
    echo "format $format: head read nothing"
    status=1
  fi
done

# The same with a pipe that is closed before accords writes anything.
"$binary" list --data "$work/big.yaml" 2> "$work/stderr" | true
statuses=("${PIPESTATUS[@]}")
if [[ ${statuses[0]} != 0 || -s $work/stderr ]]; then
  echo "closed pipe: status ${statuses[0]}, stderr: $(cat "$work/stderr")"
  status=1
fi
exit $status
