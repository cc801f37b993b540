#!/usr/bin/env bash
# Both man pages are clean for mandoc's linter and fit an 80-column terminal.
#
# 1. `mandoc -T lint -W warning` prints nothing: no warning, error or unsupported feature.
# 2. `mandoc -T lint -W style` prints nothing but these, which are allowed:
#    - "STYLE: referenced manual not found": the pages refer to each other and to jq(1) and
#      khal(1), which need not be installed (nor indexed) on the machine that runs the tests;
#      the related "outdated mandoc.db" notice is about that machine's index, not the pages;
#    - "STYLE: operating system explicitly specified": `.Os accords` is deliberate, so that
#      man-db's groff prints "accords" in the footer rather than "BSD".
#    The style pass catches what the warning pass does not, such as a section name that looks
#    like a misspelled standard one.
# 3. Rendered by mandoc and by man-db's man(1) at 80 columns, no line is wider than 80.
# $1 (the binary) is not used: the pages are found next to this script.
set -u
man_dir="$(dirname "$0")/../../man"
pages=("$man_dir/accords.1" "$man_dir/accords-timeline.5")
status=0

if ! command -v mandoc > /dev/null; then
  echo "mandoc is not installed (scripts/install-deps installs it)"
  exit 1
fi

for page in "${pages[@]}"; do
  name=$(basename "$page")
  if [[ ! -f $page ]]; then
    echo "missing man page $page"
    status=1
    continue
  fi

  warnings=$(mandoc -T lint -W warning "$page" 2>&1)
  if [[ -n $warnings ]]; then
    echo "$name: mandoc -T lint -W warning:"
    echo "$warnings"
    status=1
  fi

  style=$(mandoc -T lint -W style "$page" 2>&1 |
    grep -v -e 'STYLE: referenced manual not found' -e 'STYLE: operating system explicitly specified' \
      -e 'mandoc\.db')
  if [[ -n $style ]]; then
    echo "$name: mandoc -T lint -W style:"
    echo "$style"
    status=1
  fi

  # ASCII output, overstrikes (bold, underline) removed: one byte is one column.
  wide=$(mandoc -T ascii -O width=80 "$page" | sed 's/.\x08//g' | awk 'length > 80 { print NR ": " $0 }')
  if [[ -n $wide ]]; then
    echo "$name: lines wider than 80 columns in mandoc -T ascii -O width=80:"
    echo "$wide"
    status=1
  fi
  if command -v man > /dev/null; then
    # In the C locale groff writes ASCII, so again one byte is one column.
    wide=$(MANWIDTH=80 LC_ALL=C man -l "$page" 2> /dev/null |
      sed 's/.\x08//g' | awk 'length > 80 { print NR ": " $0 }')
    if [[ -n $wide ]]; then
      echo "$name: lines wider than 80 columns in MANWIDTH=80 man -l:"
      echo "$wide"
      status=1
    fi
  fi
done
exit $status
