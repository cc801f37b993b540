#!/usr/bin/env bash
# `accords chart --format svg` writes a well-formed, self-contained SVG document that a real
# renderer draws: on the built-in data, on the fisheries fixture, on a title full of XML
# metacharacters and with no events. Needs xmllint (libxml2-utils) and rsvg-convert
# (librsvg2-bin), both in scripts/install-deps.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
fixtures="$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)"
for tool in xmllint rsvg-convert; do
  if ! command -v "$tool" > /dev/null; then
    echo "$tool is missing: run scripts/install-deps"
    exit 1
  fi
done

cat > "$work/metacharacters.yaml" << 'EOF'
schema: 1
treaty:
  id: cod-pact
  name: Cod & <Haddock> Pact
events:
  - id: cod-1
    date: 2020-03-10
    type: signing
    parties: [IS, NO]
    title: Talks on "fish" & <quotas> at O'Hara's & Sons
  - id: cod-2
    date: 2020-03-11
    end: 2020-09-30
    type: summit
    parties: [IS]
    title: R&D summit
EOF

check() { # name, then the arguments after "chart --format svg"
  local name=$1
  shift
  local svg="$work/$name.svg"
  accords chart --format svg "$@" > "$svg" 2> "$work/$name.err"
  local code=$?
  [[ $code == 0 ]] || fail "$name: exit status $code, expected 0"
  [[ -s $work/$name.err ]] && fail "$name: wrote to standard error: $(cat "$work/$name.err")"
  if ! xmllint --noout "$svg" 2> "$work/$name.xmllint"; then
    fail "$name: xmllint rejects the document:"
    cat "$work/$name.xmllint"
  fi
  [[ $(head -c 5 "$svg") == "<?xml" ]] || fail "$name: no XML declaration first"
  grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$svg" || fail "$name: no SVG namespace"
  grep -Eq '<svg [^>]*width="[0-9]+" height="[0-9]+" viewBox="0 0 [0-9]+ [0-9]+"' "$svg" ||
    fail "$name: no width, height and viewBox"
  # Self-contained: no links, images, scripts or other addresses than the namespace.
  if grep -Eq 'href|<image|<script|url\(|@import' "$svg" || [[ $(grep -o 'http' "$svg" | wc -l) != 1 ]]; then
    fail "$name: refers to something outside the document"
  fi
  # Every '&' starts one of the five XML entities (titles and labels are escaped).
  if grep -Po '&(?!(amp|lt|gt|quot|apos);)' "$svg" > /dev/null; then
    fail "$name: an unescaped '&':"
    grep -Pn '&(?!(amp|lt|gt|quot|apos);)' "$svg" | head -3
  fi
  if ! rsvg-convert -o "$work/$name.png" "$svg" 2> "$work/$name.rsvg"; then
    fail "$name: rsvg-convert cannot render it:"
    cat "$work/$name.rsvg"
  fi
  [[ -s $work/$name.png ]] || fail "$name: the rendered PNG is empty"
  [[ $(head -c 8 "$work/$name.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
    fail "$name: the rendered file has no PNG signature"
  # The same input gives the same bytes.
  accords chart --format svg "$@" 2> /dev/null |
    cmp -s - "$svg" || fail "$name: a second run wrote different bytes"
}

check builtin
check builtin-by-type --by type --width 1400
check fisheries --data "$fixtures/fisheries"
check fisheries-narrow --data "$fixtures/fisheries" --by treaty --width 300
check metacharacters --data "$work/metacharacters.yaml" --by treaty
check empty --data "$fixtures/fisheries" --grep "no such text"

# The escaped forms are there, in the tooltips and in the row label.
grep -q '<title>2020-03-10 signing: Talks on &quot;fish&quot; &amp; &lt;quotas&gt; at O&apos;Hara&apos;s &amp; Sons' \
  "$work/metacharacters.svg" || fail "metacharacters: the escaped title is missing"
grep -q '>Cod &amp; &lt;Haddock&gt; Pact</text>' "$work/metacharacters.svg" ||
  fail "metacharacters: the escaped treaty name is missing"
grep -q '>No events match.</text>' "$work/empty.svg" || fail "empty: does not say that no events match"
# One row per party of the fixture: Norway, Iceland, Faroe Islands, Greenland,
# Japan, South Korea, United Kingdom, Canada.
[[ $(grep -c '<g class="row">' "$work/fisheries.svg") == 8 ]] || fail "fisheries: expected 8 rows"
exit $status
