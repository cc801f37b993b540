#!/usr/bin/env bash
# `accords list --format timelinejs` is the JSON that Knight Lab's TimelineJS reads (cli.md
# "Output"): {"events": [...]}, one slide per event (as many as `--format tsv` lines), each with
# start_date.year and month/day only as far as the date was written (JSON numbers), end_date
# only for an event whose `end` reaches past its date, as precise as `end`, a non-empty
# text.headline (the HTML-escaped title), text.text of HTML with nothing unescaped, group (the
# treaty name) and a unique unique_id (the event id). Checked for the fixtures and the built-in
# data against `--format json` of the same events.
set -u
source "$(dirname "$0")/lib.sh"
fixtures="$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)"

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

check() { # name, treaty names as JSON {"id": "name"}, then the data arguments
  local name=$1 groups=$2
  shift 2
  run "$work/$name.timelinejs" "$@" list --format timelinejs
  run "$work/$name.json" "$@" list --format json
  run "$work/$name.tsv" "$@" list --format tsv
  if ! python3 - "$work/$name.timelinejs" "$work/$name.json" "$(wc -l < "$work/$name.tsv")" "$groups" << 'EOF'; then
import calendar
import json
import re
import sys

path, json_path, count, groups = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
problems = []
with open(path, encoding="utf-8") as file:
    document = json.load(file)
with open(json_path, encoding="utf-8") as file:
    events = json.load(file)


def date_object(text):
    parts = [int(part) for part in text.split("-")]
    return dict(zip(("year", "month", "day"), parts))


def last_day(text):
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 1:
        return (parts[0], 12, 31)
    if len(parts) == 2:
        return (parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return tuple(parts)


def html_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


if not isinstance(document, dict) or list(document) != ["events"] or not isinstance(document["events"], list):
    problems.append('the output is not {"events": [...]}')
    slides = []
else:
    slides = document["events"]
if not len(slides) == len(events) == count:
    problems.append(f"{len(slides)} slides, {len(events)} JSON events, {count} TSV lines: all must be equal")
if count < 3:
    problems.append(f"only {count} events; the check needs data")
ids = [slide.get("unique_id") for slide in slides]
if len(set(ids)) != len(ids):
    problems.append(f"unique_id values repeat: {sorted(i for i in set(ids) if ids.count(i) > 1)}")
allowed = {"start_date", "end_date", "text", "group", "unique_id"}
for slide, event in zip(slides, events):
    where = slide.get("unique_id", "?")
    if slide.get("unique_id") != event["id"]:
        problems.append(f"{where}: unique_id, expected {event['id']!r}")
    if set(slide) - allowed:
        problems.append(f"{where}: unexpected keys {sorted(set(slide) - allowed)}")
    start = slide.get("start_date", {})
    if not isinstance(start.get("year"), int):
        problems.append(f"{where}: start_date.year is not a number: {start.get('year')!r}")
    for key in ("month", "day"):
        if key in start and not isinstance(start[key], int):
            problems.append(f"{where}: start_date.{key} is not a number")
    if start != date_object(event["date"]):
        problems.append(f"{where}: start_date {start}, expected {date_object(event['date'])} for {event['date']!r}")
    precise = {"year": set(), "month": {"month"}, "day": {"month", "day"}}[event["precision"]]
    if set(start) - {"year"} != precise:
        problems.append(f"{where}: start_date keys {sorted(start)} for a {event['precision']} date")
    multi_day = event["end"] is not None and last_day(event["end"]) > last_day(event["date"])
    if multi_day:
        if slide.get("end_date") != date_object(event["end"]):
            problems.append(f"{where}: end_date {slide.get('end_date')}, expected {date_object(event['end'])}")
    elif "end_date" in slide:
        problems.append(f"{where}: end_date {slide['end_date']} for an event that is not multi-day")
    text = slide.get("text", {})
    headline, body = text.get("headline"), text.get("text")
    if not isinstance(headline, str) or not headline.strip():
        problems.append(f"{where}: empty headline")
    elif headline != html_escape(event["title"]):
        problems.append(f"{where}: headline {headline!r}, expected the escaped title")
    if not isinstance(body, str) or not body.startswith(f"<p>Type: {event['type']}<br>Parties: "):
        problems.append(f"{where}: text.text does not start with the type and parties: {body!r}")
    else:
        bare = re.sub(r"</?p>|<br>", "", body)
        if "<" in bare or ">" in bare or re.search(r"&(?!(amp|lt|gt);)", bare):
            problems.append(f"{where}: text.text holds unescaped HTML: {body!r}")
        for source in event["sources"]:
            if html_escape(source) not in body:
                problems.append(f"{where}: text.text lacks the source {source!r}")
        if event["place"] and f"Place: {html_escape(event['place'])}" not in body:
            problems.append(f"{where}: text.text lacks the place")
    if slide.get("group") != groups.get(event["treaty"]):
        problems.append(f"{where}: group {slide.get('group')!r}, expected {groups.get(event['treaty'])!r}")

for problem in problems:
    print(f"{path}: {problem}")
sys.exit(1 if problems else 0)
EOF
    echo "$name: the timelinejs structure is wrong"
    status=1
  fi
}

check fisheries '{"fisheries-compact": "Northern Fisheries Compact"}' --data "$fixtures/fisheries"
check fixtures '{"fisheries-compact": "Northern Fisheries Compact", "harbour-accord": "Harbour Lights Accord"}' \
  --data "$fixtures/fisheries" --data "$fixtures/harbour"
check builtin '{"abraham-accords": "Abraham Accords", "israel-kazakhstan": "Israel–Kazakhstan relations",
  "i2u2": "I2U2 (India, Israel, UAE, United States)"}'
exit $status
