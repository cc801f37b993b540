#!/usr/bin/env bash
# tools/gen_countries.cpp checks src/model/country_aliases.tsv at build time: a line whose code
# ISO 3166-1 does not assign, an entity line whose code it does, a name ISO already gives or a
# name listed twice stops the build with the line's number.
set -u
source "$(dirname "$0")/lib.sh"
binary_dir=$(cd "$(dirname "$binary")" && pwd)
generator=$binary_dir/accords_gen_countries
iso=/usr/share/iso-codes/json/iso_3166-1.json

# expect_failure NAME EXPECTED LINES...: the generator given these lines fails, saying EXPECTED.
expect_failure() {
  local name=$1 expected=$2
  shift 2
  printf '%s\n' "# a comment" "$@" > "$work/aliases.tsv"
  if "$generator" "$iso" "$work/aliases.tsv" "$work/out.inc" 2> "$work/err"; then
    echo "FAIL $name: the generator accepted the list"
    status=1
  elif ! grep -qF -- "$expected" "$work/err"; then
    echo "FAIL $name: expected '$expected', got: $(cat "$work/err")"
    status=1
  fi
}

expect_failure unknown-code "aliases.tsv:2: 'QQ' is no ISO 3166-1 alpha-2 code" $'Nowhere\tQQ'
expect_failure entity-with-iso-code "aliases.tsv:3: 'GB' is an ISO 3166-1 code" $'UK\tGB' $'Britain\tGB\tentity'
expect_failure iso-name "aliases.tsv:2: 'Israel' already names 'IL'" $'Israel\tIL'
expect_failure iso-code "aliases.tsv:2: 'isr' already names 'IL'" $'isr\tIL'
expect_failure twice "aliases.tsv:3: 'the Britain' already names 'GB'" $'Britain\tGB' $'the Britain\tGB'
expect_failure bad-line "aliases.tsv:2: expected NAME<tab>CODE" 'UK GB'
expect_failure not-ascii "aliases.tsv:2: write the name in ASCII" $'T\xc3\xbcrkei\tTR'

# The project's own list passes, and its names reach the table.
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! "$generator" "$iso" "$root/src/model/country_aliases.tsv" "$work/out.inc"; then
  echo "FAIL: the project's own list is rejected"
  status=1
elif ! grep -q '"Ivory Coast"' "$work/out.inc"; then
  echo "FAIL: 'Ivory Coast' is not in the generated table"
  status=1
fi
exit $status
