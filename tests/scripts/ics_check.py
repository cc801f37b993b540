"""Checks one `accords list --format ics` output against the same events as JSON.

Used by ics_parse.sh, run with Debian's /usr/bin/python3 (python3-icalendar). Exits 1 and
prints every problem found when the calendar is wrong, 0 when it is right.

    ics_check.py --ics OUT.ics --json OUT.json --treaties TREATIES.json --count N
                 [--again OUT2.ics] [--stamp 20261126T000000Z] [--calendar-name TEXT]
                 [--entity CODE NAME]... [--span UID START END]... [--title UID TEXT]...
                 [--expect-boundary-fold]

--ics is checked line by line (CRLF, at most 75 octets, folds between UTF-8 characters) and
parsed with icalendar.Calendar.from_ical; every VEVENT is compared with the event of the same
position in --json (`accords list --format json` with the same arguments): UID, DTSTART and
DTEND (computed here from date, end and precision), SUMMARY, LOCATION, DESCRIPTION (with
the treaty's name from --treaties, `accords treaties --format json`, and each party's name from
Debian's iso-codes table) and CATEGORIES (the treaty's name first). --calendar-name is the
X-WR-CALNAME expected; --entity names a party that is an entity of the data. --count is the number of events `--format tsv` printed. --again is a second run's
output, which must be byte for byte the same. --span gives expected DTSTART and DTEND
(YYYYMMDD) written out by hand; --title an expected SUMMARY, compared after icalendar's own
decoding. --expect-boundary-fold asks that at least one line was folded early to keep a UTF-8
character whole.

TEXT values are also decoded here, strictly by RFC 5545 3.3.11, from the unfolded raw lines:
icalendar 4.0.3 (Debian 12) decodes some escapes wrongly ("\\\\;" as ";", "\\\\n" as a line
break) and splits CATEGORIES at escaped commas, so its decoded values are only compared where
the expected text holds no backslash.
"""

import argparse
import datetime
import json
import sys

import icalendar

problems = []
treaty_names = {}  # treaty id -> name, from --treaties
country_names = {}  # ISO alpha-2 -> the name to show: ISO's common name, else its short name


def load_country_names():
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as file:
        for entry in json.load(file)["3166-1"]:
            country_names[entry["alpha_2"]] = entry.get("common_name", entry["name"])


def named(codes):
    return ", ".join(f"{country_names.get(code, code)} ({code})" for code in codes)


def problem(message):
    problems.append(message)


def check_raw_lines(data):
    """CRLF line ends, at most 75 octets a line, no line starting inside a UTF-8 character."""
    if not data.endswith(b"\r\n"):
        problem("the output does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problem(f"line {number}: a bare LF or CR: {line[:40]!r}")
        if len(line) > 75:
            problem(f"line {number}: {len(line)} octets, more than 75: {line[:40]!r}...")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            problem(f"line {number}: not UTF-8 on its own (a fold split a character?): {error}")
        if number == 1 and line.startswith(b" "):
            problem("the first line is a continuation line")
    return lines


def boundary_folds(lines):
    """How many lines were folded early because the next UTF-8 character would not fit."""
    count = 0
    for line, following in zip(lines, lines[1:]):
        if not following.startswith(b" ") or len(following) < 2:
            continue
        lead = following[1]
        width = 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 1
        if width > 1 and len(line) < 75 and len(line) + width > 75:
            count += 1
    return count


def unfold(lines):
    """Content lines, continuation lines joined (CRLF and one space removed)."""
    content = []
    for line in lines:
        if line.startswith(b" ") and content:
            content[-1] += line[1:]
        else:
            content.append(line)
    return [line.decode("utf-8") for line in content]


def split_content_line(line):
    """(NAME;PARAMS, value): the value starts after the first ':' outside a quoted parameter."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    problem(f"content line without ':': {line!r}")
    return line, ""


def unescape_text(value, list_value=False):
    """A TEXT value decoded by RFC 5545 3.3.11; a list of them if `list_value` (split at ',')."""
    items, current, index = [], [], 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            following = value[index + 1 : index + 2]
            if following in ("\\", ";", ","):
                current.append(following)
            elif following in ("n", "N"):
                current.append("\n")
            else:
                problem(f"invalid escape \\{following} in {value!r}")
            index += 2
            continue
        if char == "," and list_value:
            items.append("".join(current))
            current = []
        elif char in ";,":
            problem(f"unescaped {char!r} in TEXT value {value!r}")
            current.append(char)
        else:
            if ord(char) < 0x20 and char != "\t" or char == "\x7f":
                problem(f"control character {ord(char):#x} in TEXT value {value!r}")
            current.append(char)
        index += 1
    items.append("".join(current))
    return items if list_value else items[0]


def raw_events(content_lines):
    """Each VEVENT's properties as {name-with-params: [raw values]}, in order."""
    events, current = [], None
    for line in content_lines:
        name, value = split_content_line(line)
        if name == "BEGIN" and value == "VEVENT":
            current = {}
        elif name == "END" and value == "VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current.setdefault(name, []).append(value)
    return events


def interval(event):
    """First day and day after the last day of an event of `accords list --format json`."""

    def first_and_last(text):
        parts = [int(part) for part in text.split("-")]
        if len(parts) == 1:
            return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = datetime.date(parts[0], parts[1], 1)
            following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, following - datetime.timedelta(days=1)
        day = datetime.date(*parts)
        return day, day

    first, last = first_and_last(event["date"])
    if event["end"]:
        last = max(last, first_and_last(event["end"])[1])
    return first, last + datetime.timedelta(days=1)


def expected_description(event):
    treaty = treaty_names.get(event["treaty"], event["treaty"])
    text = f"Treaty: {treaty}\nType: {event['type']}\nParties: {named(event['parties'])}"
    if event["mediators"]:
        text += f"\nMediators: {named(event['mediators'])}"
    notes = (event["notes"] or "").rstrip(" \t\r\n")
    if notes:
        text += "\n\n" + notes.replace("\r\n", "\n").replace("\r", "\n")
    if event["sources"]:
        text += "\n\nSources:" + "".join("\n" + source for source in event["sources"])
    return text


def expected_categories(event):
    names = [treaty_names.get(event["treaty"], event["treaty"]), event["type"]]
    for tag in event["tags"]:
        if tag not in names:
            names.append(tag)
    return names


def only(raw, name, uid):
    values = raw.get(name, [])
    if len(values) != 1:
        problem(f"{uid}: {len(values)} {name} properties, expected 1")
        return None
    return values[0]


def check_event(index, component, raw, event, args):
    uid = str(component.get("UID"))
    expected_uid = event["id"] + "@accords"
    if uid != expected_uid:
        problem(f"event {index}: UID {uid!r}, expected {expected_uid!r}")
    first, after = interval(event)
    for name, expected in (("DTSTART", first), ("DTEND", after)):
        prop = component.get(name)
        if prop is None:
            problem(f"{uid}: no {name}")
            continue
        value = component.decoded(name)
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            problem(f"{uid}: {name} is {value!r}, not a DATE")
        elif value != expected:
            problem(f"{uid}: {name} {value}, expected {expected} (from {event['date']}..{event['end']})")
        if prop.params.get("VALUE") != "DATE":
            problem(f"{uid}: {name} without VALUE=DATE")
    stamp = only(raw, "DTSTAMP", uid)
    if args.stamp and stamp != args.stamp:
        problem(f"{uid}: DTSTAMP {stamp!r}, expected {args.stamp!r}")

    texts = {"SUMMARY": event["title"], "DESCRIPTION": expected_description(event)}
    if event["place"] is not None:
        texts["LOCATION"] = event["place"]
    elif "LOCATION" in raw:
        problem(f"{uid}: LOCATION without a place")
    for name, expected in texts.items():
        value = only(raw, name, uid)
        if value is None:
            continue
        decoded = unescape_text(value)
        if decoded != expected:
            problem(f"{uid}: {name} decodes to {decoded!r}, expected {expected!r}")
        if "\\" not in expected and str(component.get(name)) != expected:
            problem(f"{uid}: icalendar reads {name} as {str(component.get(name))!r}, expected {expected!r}")
    categories = only(raw, "CATEGORIES", uid)
    if categories is not None and unescape_text(categories, list_value=True) != expected_categories(event):
        problem(f"{uid}: CATEGORIES {categories!r}, expected {expected_categories(event)!r}")
    if "URL" in raw:
        problem(f"{uid}: URL written")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ics", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--treaties", required=True)
    parser.add_argument("--calendar-name")
    parser.add_argument("--entity", nargs=2, action="append", default=[], metavar=("CODE", "NAME"))
    parser.add_argument("--count", required=True, type=int)
    parser.add_argument("--again")
    parser.add_argument("--stamp")
    parser.add_argument("--span", nargs=3, action="append", default=[], metavar=("UID", "START", "END"))
    parser.add_argument("--title", nargs=2, action="append", default=[], metavar=("UID", "TEXT"))
    parser.add_argument("--expect-boundary-fold", action="store_true")
    args = parser.parse_args()

    with open(args.ics, "rb") as file:
        data = file.read()
    with open(args.json, encoding="utf-8") as file:
        events = json.load(file)
    with open(args.treaties, encoding="utf-8") as file:
        treaty_names.update({treaty["id"]: treaty["name"] for treaty in json.load(file)})
    load_country_names()
    country_names.update(dict(args.entity))
    if args.again:
        with open(args.again, "rb") as file:
            if file.read() != data:
                problem(f"{args.again} differs from {args.ics}: the output is not reproducible")

    lines = check_raw_lines(data)
    if args.expect_boundary_fold and boundary_folds(lines) == 0:
        problem("no line was folded early to keep a UTF-8 character whole")
    content = unfold(lines)
    for name, value in (("BEGIN", "VCALENDAR"), ("VERSION", "2.0"), ("CALSCALE", "GREGORIAN")):
        if f"{name}:{value}" not in content:
            problem(f"no {name}:{value} line")
    if args.calendar_name is not None:
        names = [split_content_line(line)[1] for line in content if line.startswith("X-WR-CALNAME:")]
        if [unescape_text(name) for name in names] != [args.calendar_name]:
            problem(f"X-WR-CALNAME {names!r}, expected {args.calendar_name!r}")
    if not any(line.startswith("PRODID:-//accords//accords ") and line.endswith("//EN") for line in content):
        problem("no PRODID:-//accords//accords VERSION//EN line")

    calendar = icalendar.Calendar.from_ical(data)
    components = calendar.walk("VEVENT")
    raws = raw_events(content)
    if not len(components) == len(raws) == len(events) == args.count:
        problem(
            f"{len(components)} VEVENTs parsed, {len(raws)} in the raw lines, {len(events)} JSON events, "
            f"{args.count} TSV lines: all must be equal"
        )
    uids = [str(component.get("UID")) for component in components]
    if len(set(uids)) != len(uids):
        problem(f"UIDs are not unique: {sorted(uid for uid in set(uids) if uids.count(uid) > 1)}")
    for index, (component, raw, event) in enumerate(zip(components, raws, events)):
        check_event(index, component, raw, event, args)

    by_uid = {str(component.get("UID")): component for component in components}
    for uid, start, end in args.span:
        component = by_uid.get(uid)
        if component is None:
            problem(f"--span: no event {uid}")
            continue
        actual = (component.decoded("DTSTART").strftime("%Y%m%d"), component.decoded("DTEND").strftime("%Y%m%d"))
        if actual != (start, end):
            problem(f"{uid}: DTSTART..DTEND {actual[0]}..{actual[1]}, expected {start}..{end}")
    for uid, title in args.title:
        component = by_uid.get(uid)
        if component is None:
            problem(f"--title: no event {uid}")
        elif str(component.get("SUMMARY")) != title:
            problem(f"{uid}: SUMMARY {str(component.get('SUMMARY'))!r}, expected {title!r}")

    for message in problems:
        print(f"{args.ics}: {message}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
