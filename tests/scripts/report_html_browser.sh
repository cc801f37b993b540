#!/usr/bin/env bash
# `accords report --format html` is a valid HTML5 page that a real browser shows as the report
# and nothing else: on the built-in data, on the fisheries fixture and on the markup-injection
# fixture, whose every text tries to break out of the page (<script> that would change the
# title or add an element with an id starting "pwned", <img onerror>, '"><b>', </style>,
# <iframe src>, javascript: and data: sources).
#
# Each page must parse without a single error by a strict HTML5 parser (html5lib, from
# Debian's python3-html5lib, importable by /usr/bin/python3); chromium --headless then loads
# it with every host name unresolvable and its DOM is checked by report_html_check.py: the
# sections, tables and the SVG chart are there, as many rows in the event table as
# `accords list` prints for the same filters, no injected element, no script that ran (the
# title is the page's), the hostile texts shown as text, links only for http(s) sources, and
# no request for anything but the file itself (from the browser's net log). The inline chart
# is `accords chart --format svg` for the same filters without its XML declaration (and with
# the characters HTML refuses replaced, as everywhere in the page).
#
# Before trusting them, the checks are tried on pages made to fail: broken HTML must not
# validate, a script must be seen to run, an image from the network must be seen asked for.
# Exits 77 (skipped) only when chromium is not installed or cannot start here.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$(cd "$here/../e2e/fixtures" && pwd)"
check="$here/report_html_check.py"
python=/usr/bin/python3
if ! "$python" -c 'import html5lib, yaml' 2> /dev/null; then
  echo "$python cannot import html5lib and yaml: install Debian's python3-html5lib and python3-yaml (scripts/install-deps)"
  exit 1
fi
browser=$(command -v chromium || true)
if [[ -z $browser ]]; then
  skip "chromium is not installed (scripts/install-deps installs it)"
fi

# browse PAGE NAME: chromium's DOM of PAGE in $work/NAME.dom, its net log in $work/NAME.netlog.
browse() {
  rm -rf "$work/profile"
  HOME=$work timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-default-apps --disable-extensions \
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$work/profile" \
    --log-net-log="$work/$2.netlog" --dump-dom "file://$1" > "$work/$2.dom" 2> "$work/$2.browser-err"
}

# The checks, tried first on pages that must fail them.
printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><table><tr><td><div>x</td></tr></table></body></html>\n' > "$work/broken.html"
if "$python" "$check" validate "$work/broken.html" > /dev/null; then
  fail "the validator accepts a page with an unclosed <div> in a table cell"
fi
cat > "$work/control.html" << 'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>before</title></head>
<body><p>control</p><img src="http://fetched.invalid/pixel.png" alt="">
<script>document.title = 'after'; document.body.insertAdjacentHTML('beforeend', '<p id="pwned-control"></p>');</script>
</body></html>
EOF
if ! browse "$work/control.html" control || ! grep -q '<p>control</p>' "$work/control.dom"; then
  skip "chromium cannot run here: $(grep -v -e dbus -e '^$' "$work/control.browser-err" | head -3)"
fi
grep -q '<title>after</title>' "$work/control.dom" && grep -q 'id="pwned-control"' "$work/control.dom" ||
  fail "chromium did not run the control page's script, so the checks for scripts prove nothing"
"$python" "$check" netlog "$work/control.netlog" | grep -q 'fetched.invalid' ||
  fail "the net log check does not see the control page's image from the network"
"$python" "$check" dom "$work/control.html" "$work/control.dom" 0 > "$work/control.problems"
grep -q 'title changed' "$work/control.problems" && grep -q 'injected element' "$work/control.problems" &&
  grep -q '<img> element' "$work/control.problems" ||
  fail "the DOM check does not see what the control page's script did: $(cat "$work/control.problems")"

# page NAME [FIXTURE] -- FILTERS...: the report of FILTERS, checked; hostile texts from FIXTURE.
page() {
  local name=$1 fixture=
  shift
  if [[ $1 != -- ]]; then
    fixture=$1
    shift
  fi
  shift
  local html="$work/$name.html"
  accords report --format html "$@" > "$html" 2> "$work/$name.err"
  local code=$?
  if [[ $code != 0 || -s $work/$name.err ]]; then
    fail "$name: report exit status $code, standard error: $(cat "$work/$name.err")"
    return
  fi
  "$python" "$check" validate "$html" || fail "$name: the page is not valid HTML5"
  # The chart is the chart command's, without its first line (the XML declaration), with the
  # characters HTML refuses replaced as in the rest of the page.
  accords chart --format svg "$@" | tail -n +2 > "$work/$name.svg"
  "$python" "$check" html-holds "$work/$name.svg" > "$work/$name.chart"
  sed -n '/^<svg /,/^<\/svg>$/p' "$html" | cmp -s - "$work/$name.chart" ||
    fail "$name: the page's chart is not 'accords chart --format svg' without its XML declaration"
  local events
  events=$(accords list --format tsv "$@" | wc -l)
  [[ $events -gt 0 ]] || fail "$name: 'accords list' selects no events"
  if ! browse "$html" "$name"; then
    fail "$name: chromium failed: $(grep -v dbus "$work/$name.browser-err" | head -3)"
    return
  fi
  "$python" "$check" dom "$html" "$work/$name.dom" "$events" ${fixture:+"$fixture"} || fail "$name: the browser's DOM is wrong"
  "$python" "$check" netlog "$work/$name.netlog" || fail "$name: the page made a network request"
}

page builtin --
page builtin-kazakhstan -- -c KZ
page fisheries -- -d "$fixtures/fisheries"
page hostile "$fixtures/markup-injection/hostile.yaml" -- -d "$fixtures/markup-injection"

# With no events the page is still valid: the header, "No events match." and the totals.
accords report --format html -d "$fixtures/fisheries" --since 2030 > "$work/empty.html"
"$python" "$check" validate "$work/empty.html" || fail "empty: the page is not valid HTML5"
grep -q '<p>No events match.</p>' "$work/empty.html" || fail "empty: does not say that no events match"
exit $status
