#!/usr/bin/python3
"""The benchmark's PyYAML competitor: `accords list --since YEAR --format tsv` in Python.

usage: pyyaml_query.py [--since YEAR] PATH...   (files, or directories searched for *.yaml and *.yml)

Loads every file with yaml.load(..., Loader=yaml.CSafeLoader) (libyaml's parser, Python
objects), keeps the events whose interval ends in YEAR or later, and prints them as accords
does to a pipe: id, date, end, treaty, type, parties, title, tab-separated, in timeline order
(first day, coarser precision first, treaty id, load order). It checks nothing; run.sh
compares its rows with accords's so that the timings compare the same work.
"""

import argparse
import os
import sys

import yaml


def timeline_files(path):
    """The timeline files under `path`, or `path` itself, in byte-wise order (as accords)."""
    if not os.path.isdir(path):
        return [path]
    found = []
    for directory, _, names in os.walk(path):
        found.extend(os.path.join(directory, name) for name in names if name.endswith((".yaml", ".yml")))
    return sorted(found, key=os.fsencode)


def text(value):
    """A scalar as its YAML text. The safe loader reads YAML 1.1, so 2020 is an int, 2020-03-15
    a datetime.date (str() gives back both), and the plain scalar NO (Norway) is False."""
    if value is False:
        return "NO"
    return "" if value is None else str(value)


def first_day(date):
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date, as text."""
    return date + "-01-01" if len(date) == 4 else date + "-01" if len(date) == 7 else date


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", default="2020", help="a year (default 2020)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    if len(args.since) != 4 or not args.since.isdigit():
        parser.error("--since takes a year, YYYY")
    rows = []
    for path in args.paths:
        for name in timeline_files(path):
            with open(name, "rb") as stream:
                document = yaml.load(stream, Loader=yaml.CSafeLoader)
            treaty = document.get("treaty")
            treaty = treaty.get("id") if isinstance(treaty, dict) else treaty
            for event in document.get("events") or []:
                date = text(event["date"])
                end = text(event.get("end"))
                # An interval ends on or after 1 January YEAR exactly when its last day is in
                # YEAR or later; as text, a date of that year or later sorts at or after "YEAR"
                # ("2020", "2020-03" and "2020-03-15" do, "2019-12-31" does not).
                if (end or date) < args.since:
                    continue
                event_treaty = text(event.get("treaty")) or treaty
                fields = (
                    text(event["id"]),
                    date,
                    end,
                    event_treaty,
                    text(event["type"]),
                    ",".join(text(party) for party in event.get("parties") or []),
                    text(event["title"]),
                )
                rows.append(((first_day(date), len(date), event_treaty, len(rows)), fields))
    rows.sort(key=lambda row: row[0])
    sys.stdout.write("".join("\t".join(fields) + "\n" for _, fields in rows))


if __name__ == "__main__":
    main()
