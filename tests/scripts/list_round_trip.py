"""Reads `accords list --format csv` or `--format tsv` back with Python's csv module and the
documented list encoding (',' between items, '\\,' and '\\\\' inside one), and compares every
field with `--format json` for the same events. Usage: list_round_trip.py csv|tsv TABLE JSON"""
import csv
import json
import sys

LISTS = {"parties", "mediators", "tags", "sources"}


def split_list(cell):
    """The items of a list cell: split at each unescaped ',', escapes undone."""
    if cell == "":
        return []
    items, item, i = [], "", 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell):
            item += cell[i + 1]
            i += 2
            continue
        if cell[i] == ",":
            items.append(item)
            item = ""
        else:
            item += cell[i]
        i += 1
    items.append(item)
    return items


def main():
    kind, table_path, json_path = sys.argv[1:4]
    with open(json_path, encoding="utf-8") as f:
        events = json.load(f)
    with open(table_path, encoding="utf-8", newline="") as f:
        if kind == "csv":
            rows = list(csv.DictReader(f))
        else:
            lines = f.read().split("\n")
            header = lines[0].split("\t")
            rows = [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]
    problems = 0
    if len(rows) != len(events):
        print(f"{kind}: {len(rows)} rows for {len(events)} events")
        return 1
    for row, event in zip(rows, events):
        for field, cell in row.items():
            if field in LISTS:
                got, want = split_list(cell), event[field]
            elif field == "end" or field == "place" or field == "notes":
                got, want = cell, event[field] or ""
            else:
                got, want = cell, event[field]
            if kind == "tsv" and isinstance(want, str):
                want = want.replace("\t", " ").replace("\r", " ").replace("\n", " ")
            if kind == "tsv" and isinstance(want, list):
                want = [w.replace("\t", " ").replace("\r", " ").replace("\n", " ") for w in want]
            if got != want:
                print(f"{kind}: {event['id']} {field}: read back {got!r}, JSON has {want!r}")
                problems += 1
    return 1 if problems else 0


sys.exit(main())
