#!/usr/bin/env bash
# `accords list --format ics` is iCalendar that a real parser reads back exactly (cli.md
# "Output", RFC 5545): Debian's python3-icalendar (only importable by /usr/bin/python3) parses
# the output for the fisheries fixture, the built-in data and a file of awkward text, and
# ics_check.py compares every VEVENT with the JSON of the same events: one VEVENT per event
# (as many as `--format tsv` lines), DTSTART/DTEND of a day, a month, a year and a multi-day
# event, text that round-trips (long UTF-8, '\' ';' ',' and line breaks), unique UIDs that
# stay the same across runs and filters, CRLF and at most 75 octets a line.
set -u
source "$(dirname "$0")/lib.sh"
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$(cd "$here/../e2e/fixtures" && pwd)"
python=/usr/bin/python3
if ! "$python" -c 'import icalendar' 2> /dev/null; then
  echo "$python cannot import icalendar: install Debian's python3-icalendar"
  exit 1
fi

run() { # output file, then the arguments
  local out=$1
  shift
  accords "$@" > "$out" 2> "$out.err"
  local code=$?
  if [[ $code != 0 || -s $out.err ]]; then
    echo "accords $*: exit status $code, standard error:"
    cat "$out.err"
    status=1
  fi
}

# check NAME ICS_CHECK_OPTIONS... -- DATA_ARGUMENTS... [-- LIST_FILTERS...]
check() {
  local name=$1
  shift
  local options=() data=() filters=()
  while [[ $1 != -- ]]; do
    options+=("$1")
    shift
  done
  shift
  while [[ $# -gt 0 && $1 != -- ]]; do
    data+=("$1")
    shift
  done
  [[ $# -gt 0 ]] && shift
  filters=("$@")
  run "$work/$name.ics" "${data[@]}" list "${filters[@]}" --format ics
  run "$work/$name.again.ics" "${data[@]}" list "${filters[@]}" --format ics
  run "$work/$name.json" "${data[@]}" list "${filters[@]}" --format json
  run "$work/$name.treaties.json" "${data[@]}" treaties --format json
  run "$work/$name.tsv" "${data[@]}" list "${filters[@]}" --format tsv
  local count
  count=$(wc -l < "$work/$name.tsv")
  if [[ $count -lt 2 ]]; then
    echo "$name: only $count events; the check needs data"
    status=1
  fi
  if ! "$python" "$here/ics_check.py" --ics "$work/$name.ics" --again "$work/$name.again.ics" \
    --json "$work/$name.json" --treaties "$work/$name.treaties.json" --count "$count" --stamp 20261126T000000Z "${options[@]}"; then
    echo "$name: ics_check.py failed"
    status=1
  fi
}

check fisheries \
  --calendar-name 'Northern Fisheries Compact' \
  --span nfc-2000-01-01-entry-into-force@accords 20000101 20000102 \
  --span nfc-2000-01-first-quota-table@accords 20000101 20000201 \
  --span nfc-1998-talks-reported@accords 19980101 19990101 \
  --span nfc-2010-09-29-aland-summit@accords 20100929 20101003 \
  --title nfc-2019-04-09-east-asian-observers@accords '日本と韓国 seek observer seats (北海漁業)' \
  --title nfc-2021-11-25-uk-side-agreement@accords 'Quota side agreement with the "United Kingdom"' \
  -- --data "$fixtures/fisheries"

check builtin \
  --entity XS Somaliland \
  --calendar-name 'Israel–Kazakhstan relations, Abraham Accords, I2U2 (India, Israel, UAE, United States)' \
  --span aa-2020-09-15-white-house-signing@accords 20200915 20200916 \
  --span ilkz-1991-12-israel-recognizes-kazakhstan@accords 19911201 19920101 \
  --span aa-2022-03-27-negev-summit@accords 20220327 20220329 \
  -- 

# A filtered calendar is named by its treaty and its filters.
check builtin-kazakhstan \
  --calendar-name 'Abraham Accords — Country: Kazakhstan; since 2020' \
  -- -- -c KZ --since 2020

# Text that must be escaped and folded: a long UTF-8 title whose 北 would straddle octet 75,
# backslashes (also before n), semicolons, commas, quotes and line breaks in every TEXT value.
cat > "$work/awkward.yaml" << 'EOF'
schema: 1
treaty:
  id: awkward
  name: Awkward Text Compact
events:
  - id: awk-long-utf8
    date: 2020-09-15
    type: summit
    parties: [NO, IS]
    mediators: [DK]
    title: 'Ministerial summit on Åland: 日本と韓国 seek observer seats 北海漁業, Tromsø talks; «Ålesund» – 2020 – Þórshöfn'
    place: 'C:\new\path; room 1, "north" wing \'
    notes: |
      First line; with, punctuation \n (a written backslash-n)
      Second line \\ two backslashes

      After a blank line: 😀 emoji at the end
    sources:
      - 'https://example.org/?a=1;b=2,3'
      - 'Gazette\, p. 3'
    tags: [summit, 'a,b', 'c;d', 'e\f']
  - id: awk-year
    date: 2021
    end: 2022-02
    type: other
    parties: [FO]
    title: '\;,\n'
EOF
check awkward \
  --expect-boundary-fold \
  --calendar-name 'Awkward Text Compact' \
  --span awk-year@accords 20210101 20220301 \
  --title awk-long-utf8@accords 'Ministerial summit on Åland: 日本と韓国 seek observer seats 北海漁業, Tromsø talks; «Ålesund» – 2020 – Þórshöfn' \
  -- --data "$work/awkward.yaml"

# UIDs come from the event ids alone: a filtered, reversed run gives each event the UID it has
# in the full run, "<id>@accords".
run "$work/all.ics" --data "$fixtures/fisheries" list --format ics
run "$work/some.ics" --data "$fixtures/fisheries" list --format ics --reverse --limit 4 --since 2012
run "$work/some.ids" --data "$fixtures/fisheries" list --format tsv --fields id --reverse --limit 4 --since 2012
uids_of() { tr -d '\r' < "$1" | sed -n 's/^UID://p'; }
some_uids=$(uids_of "$work/some.ics")
if [[ $some_uids != "$(sed 's/$/@accords/' "$work/some.ids")" || $(wc -l <<< "$some_uids") != 4 ]]; then
  echo "UIDs of a filtered, reversed run are not <id>@accords for its 4 events:"
  echo "$some_uids"
  status=1
fi
while IFS= read -r uid; do
  if ! uids_of "$work/all.ics" | grep -qxF -- "$uid"; then
    echo "UID $uid of the filtered run is not in the full run"
    status=1
  fi
done <<< "$some_uids"

# --today (like ACCORDS_TODAY) gives DTSTAMP; with neither, it is midnight UTC of the clock's today.
run "$work/today.ics" --data "$fixtures/harbour" --today 2024-02-29 list --format ics
if [[ $(tr -d '\r' < "$work/today.ics" | grep -c '^DTSTAMP:20240229T000000Z$') != 3 ]]; then
  echo "--today 2024-02-29 does not give DTSTAMP:20240229T000000Z on the 3 harbour events"
  status=1
fi
before=$(date +%Y%m%d)
accords_today='' accords --data "$fixtures/harbour" list --format ics > "$work/unpinned.ics"
after=$(date +%Y%m%d)
stamps=$(tr -d '\r' < "$work/unpinned.ics" | grep -c -e "^DTSTAMP:${before}T000000Z$" -e "^DTSTAMP:${after}T000000Z$")
if [[ $stamps != 3 ]]; then
  echo "without --today or ACCORDS_TODAY, DTSTAMP is not midnight of today ($before)"
  status=1
fi
exit $status
