#!/usr/bin/env python3
"""Writes a deterministic synthetic timeline: N events over M files, for benchmarks.

usage: gen-timeline.py EVENTS FILES OUTDIR [--seed S]

Each file defines one treaty and holds its share of the events; about one event in
twenty names another file's treaty with its own `treaty` key. The mix of fields is like
real data: day, month and year dates, multi-day events, one to four parties, mediators,
places, sources, multi-line notes, tags, `x-` keys and comments. The same arguments always
give the same bytes, and `accords check` passes the result with no errors.
"""

import argparse
import os
import random

COUNTRIES = (
    "AE AR AT AU AZ BA BE BG BH BR CA CH CL CN CO CY CZ DE DK EE EG ES FI FR GB GE GR HR HU ID IE IL IN "
    "IS IT JO JP KR KZ LT LU LV MA MD ME MK MT MX MY NG NL NO NZ OM PE PH PL PT QA RO RS SA SD SE SG SI SK "
    "TH TN TR UA US UY UZ VN ZA"
).split()
TYPES = (
    ["signing"] * 6
    + ["ratification"] * 8
    + ["accession"] * 5
    + ["entry-into-force"] * 3
    + ["announcement"] * 3
    + ["report"] * 2
    + ["withdrawal", "suspension", "relations", "embassy", "agreement", "summit", "sanctions", "other"]
)
PLACES = ["Geneva", "New York", "Vienna", "Tórshavn", "Reykjavík", "Abu Dhabi", "Rabat", "Astana",
          "Brussels", "Nairobi", "São Paulo", "Zürich", "Washington, D.C.", "Den Haag"]
WORDS = ("deposit instrument depositary protocol amendment annex quota fisheries convention parties "
         "secretariat plenary session provisional application reservation declaration notification "
         "consultation delegation ministerial communique text article paragraph observer compliance").split()
TAGS = ["multilateral", "bilateral", "depositary", "un", "regional", "trade", "security", "maritime", "nordic"]


def words(rng, low, high):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def date_text(rng):
    year = rng.randint(1950, 2026)
    roll = rng.random()
    if roll < 0.05:
        return str(year), (year, 12, 31)
    month = rng.randint(1, 12)
    if roll < 0.2:
        return f"{year:04d}-{month:02d}", (year, month, 28)
    day = rng.randint(1, 28)
    return f"{year:04d}-{month:02d}-{day:02d}", (year, month, day)


def event_lines(rng, treaty, index, other_treaty):
    lines = []
    if rng.random() < 0.03:
        lines.append(f"  # event {index} of {treaty}")
    event_id = f"{treaty}-{index:07d}"
    text, (year, month, day) = date_text(rng)
    kind = rng.choice(TYPES)
    parties = rng.sample(COUNTRIES, rng.choices([1, 2, 3, 4], [60, 25, 10, 5])[0])
    lines.append(f"  - id: {event_id}")
    lines.append(f"    date: {text}")
    if rng.random() < 0.1 and len(text) == 10:
        lines.append(f"    end: {year:04d}-{month:02d}-{min(28, day + rng.randint(1, 5)):02d}")
    lines.append(f"    type: {kind}")
    if other_treaty is not None:
        lines.append(f"    treaty: {other_treaty}")
    if len(parties) == 1 and rng.random() < 0.5:
        lines.append("    parties:")
        lines.append(f"      - {parties[0]}")
    else:
        lines.append(f"    parties: [{', '.join(parties)}]")
    if rng.random() < 0.1:
        mediators = [c for c in rng.sample(COUNTRIES, 2) if c not in parties][:1] or ["CH"]
        lines.append(f"    mediators: [{', '.join(mediators)}]")
    title = f"{', '.join(parties)} {kind.replace('-', ' ')} - {words(rng, 3, 9)}"
    if rng.random() < 0.15:
        lines.append(f'    title: "{title} \\"{words(rng, 1, 2)}\\""')
    else:
        lines.append(f"    title: {title}")
    if rng.random() < 0.5:
        place = rng.choice(PLACES)
        lines.append(f"    place: '{place}'" if "," in place else f"    place: {place}")
    source_count = rng.choices([1, 2, 3], [60, 25, 15])[0]
    if source_count:
        lines.append("    sources:")
        for number in range(source_count):
            lines.append(f"      - https://example.org/{treaty}/{year}/{index}/{number}")
    roll = rng.random()
    if roll < 0.25:
        lines.append("    notes: |")
        for _ in range(rng.randint(2, 4)):
            lines.append(f"      {words(rng, 5, 12).capitalize()}.")
    elif roll < 0.4:
        lines.append(f"    notes: {words(rng, 4, 14).capitalize()}.")
    if rng.random() < 0.4:
        lines.append(f"    tags: [{', '.join(rng.sample(TAGS, rng.randint(1, 3)))}]")
    if rng.random() < 0.05:
        lines.append(f"    x-record: {rng.randint(1, 10**6)}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=int)
    parser.add_argument("files", type=int)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.events < 0 or args.files < 1:
        parser.error("EVENTS must be at least 0 and FILES at least 1")
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    treaties = [f"synthetic-{number:04d}" for number in range(args.files)]
    for number, treaty in enumerate(treaties):
        count = args.events // args.files + (1 if number < args.events % args.files else 0)
        lines = [
            f"# Synthetic timeline {number + 1} of {args.files}, written by bench/gen-timeline.py.",
            "schema: 1",
            "treaty:",
            f"  id: {treaty}",
            f"  name: Synthetic Treaty {number + 1}",
            f"  summary: A made-up treaty for benchmarks ({words(rng, 3, 6)}).",
            f"  aliases: [syn-{number}]",
            "events:",
        ]
        for index in range(count):
            other = rng.choice(treaties) if len(treaties) > 1 and rng.random() < 0.05 else None
            lines.extend(event_lines(rng, treaty, index, None if other == treaty else other))
        with open(os.path.join(args.outdir, f"{treaty}.yaml"), "w", encoding="utf-8", newline="\n") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
