"""Round trip of `accords fmt` and `accords add` on generated timeline files (run by
fmt_add_round_trip.sh with Debian's /usr/bin/python3, which imports python3-yaml and
python3-ruamel.yaml).

Each case is a valid timeline file made from one seed: comments on lines of their own and at
line ends wherever YAML allows one, each with a unique text (`# c17 ...`) and the key or item
it was written for; block scalars of every style; quoted text that YAML would read as another
type unquoted; x- data at every level (flow and block, tagged); a byte order mark and CRLF line
ends now and then. `fmt`, `fmt --sort` and `add --no-input` run on copies, and each result
must:
  1. load to the same timeline (`show --format json` of every event, `treaties --format
     json`), with add's event and nothing else added (and accords must read each event's texts
     in the file as a YAML 1.2 reader does);
  2. hold every comment once, with its text, and with its owner: a comment on lines of its own
     belongs to the outermost key or item on the next line that begins one, a comment at the end
     of a line to the last key or item begun on that line; a sequence item and the first key
     written on its `- ` line are the same owner, what a flow collection holds belongs to the
     key or item the collection is the value of, and the comments before the first key to the
     file and that key alike (add may put its event after the comments that follow the last
     event);
  3. read the same in a YAML 1.2 reader (ruamel.yaml) and a YAML 1.1 reader (PyYAML): every
     x- value the same value of the same type (tags kept) in both and as before, and every
     text field of accords a string for both;
  4. (fmt) be formatted already: a second `fmt` changes no byte and `fmt --check` exits 0.

A refusal by fmt or add is a failure: these files can all be written. Each problem is
printed with its step (input, load, fmt, fmt-sort, add) and its kind (fields, comment-lost,
comment-text, comment-owner, x-value, text-type, yaml-unreadable, unstable, refused, failed);
`input` means the file is not one the test can use (for a generated one, a fault of the
generator).

Usage: fmt_add_round_trip.py --accords BINARY --work DIR [--seed N] [--count N]
       [--without FEATURE,...] [--keep DIR] [--summary] [--file FILE...]
Case i of a run has the seed N+i, so `--seed S --count 1` runs the case printed as seed S
again; --file checks existing files instead (the owner of each comment taken from the file),
--keep writes each case's files to DIR, --without leaves features out of the generated files
(to tell failures apart; the list is FEATURES below), --summary prints one line per problem.
"""

import argparse
import base64
import datetime
import difflib
import json
import os
import random
import re
import shutil
import subprocess
import sys

import ruamel.yaml
import yaml
from ruamel.yaml.constructor import SafeConstructor

# What the generator can leave out (--without).
FEATURES = {
    "bom": "a byte order mark",
    "crlf": "CRLF line ends",
    "lookalikes": "quoted text that YAML reads as another type unquoted",
    "tags": "tagged x- values (!!binary, !!str, !!set, !!int, a local !foo)",
    "flow": "flow collections in x- values and sources written [a, b], comments after them",
    "dash-comments": "comments on an item's `- ` line alone, its keys on the next lines",
    "list-comments": "parties, mediators and tags as block lists, with comments between their items",
    "block-scalars": "notes, summaries and x- text as block scalars",
    "kept-blanks": "text that ends in blank lines (|+ and >+ blocks, \"x\\n\\n\"), in notes and x- values",
    "empty-items": "null items (`-` alone, `- ~`) in block lists of x- values",
    "line-separators": "text holding U+2028, which YAML 1.1 reads as a line break",
    "signed-numbers": "x- numbers with a sign (-7, -1.5, +3)",
    "key-order": "keys out of the format's order",
    "comments": "every comment",
}

TODAY = "2026-11-26"
TOP, END = ("TOP",), ("END",)

# Text that YAML 1.1 or 1.2 reads as another type unless it is quoted.
LOOKALIKES = [
    "01234", "1.10", "true", "yes", "no", "on", "~", "null", "2020-01-01", "0x1F", "1e3", ".inf",
    "1:20", "123", "off", "NO", "Yes", "0o17", "+12", "1_000", "-.5", "12:30:45", "0b101", "3.",
    ".NaN", "False", "NULL", "2020", "08", "1e+3", "2001-12-14t21:59:43.10-05:00",
]
# Text that needs quotes for other reasons, or none.
AWKWARD = [
    "a # not a comment", "key: value", "- dash first", "[bracket", "{brace", "&anchor-like",
    "*alias-like", "!bang", "%percent", "@at", "`tick", "? question", "| bar", "> gt", ", comma",
    "it's", 'say "hi"', "trailing colon:", "tab\there", "café au lait", "\u05e9\u05dc\u05d5\u05dd",
    "emoji \U0001F600", "back\\slash", "#hash first", "50%", "a, b, c", " leading space",
    "trailing space ", "x:y", "https://example.org/a#frag",
]
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
PARTIES = ["IL", "AE", "BH", "MA", "SD", "KZ", "US", "IS", "FR", "DE", "JP", "NO"]
TYPES = ["signing", "summit", "report", "announcement", "agreement", "embassy", "relations", "other",
         "ratification", "accession"]
BLOCK_LINES = [
    "plain words here", "# not a comment, text", "- looks like an item", "key: looks like a pair",
    "'quoted'", '"double"', "trailing spaces  ", "x", "{flow: like}", "...", "---x", "50% # hash",
    "\u00e9t\u00e9", "tab\tinside",
]
COMMENT_WORDS = ["", " about this", " TODO: check", " see https://example.org/#x", " 'quoted' \"too\"",
                 " : colon", " - dash", " # second hash", " \u00e9t\u00e9", "  two spaces"]


# --- the two YAML readers ------------------------------------------------------------------

def _local_tag(loader, suffix, node):
    """An application's own tag (`!foo bar`): kept as (tag, value), by both readers alike."""
    if isinstance(node, (yaml.ScalarNode, ruamel.yaml.nodes.ScalarNode)):
        value = loader.construct_scalar(node)
    elif isinstance(node, (yaml.SequenceNode, ruamel.yaml.nodes.SequenceNode)):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return ("!" + suffix, value)


class _Constructor12(SafeConstructor):
    pass


class _Loader11(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when there is one
    pass


_Constructor12.add_multi_constructor("!", _local_tag)
_Loader11.add_multi_constructor("!", _local_tag)


def read12(text):
    reader = ruamel.yaml.YAML(typ="safe", pure=True)
    reader.Constructor = _Constructor12
    return reader.load(text)


_composed = {}


def composed(text):
    """ruamel.yaml's node tree of `text` (the last few texts kept: each is read several times)."""
    if text not in _composed:
        if len(_composed) > 4:
            _composed.pop(next(iter(_composed)))
        _composed[text] = ruamel.yaml.YAML(typ="safe", pure=True).compose(text)
    return _composed[text]


def read11(text):
    return yaml.load(text, Loader=_Loader11)  # noqa: S506 (a SafeLoader)


def typed(value):
    """A value with its type, in a form that compares equal only for the same value and type."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", int(value))
    if isinstance(value, float):
        return ("float", "nan" if value != value else repr(float(value)))
    if isinstance(value, str):
        return ("str", str(value))
    if value is None:
        return ("null",)
    if isinstance(value, bytes):
        return ("binary", value.hex())
    if isinstance(value, datetime.datetime):
        return ("timestamp", value.isoformat())
    if isinstance(value, datetime.date):
        return ("date", value.isoformat())
    if isinstance(value, tuple):
        return ("tag " + value[0], typed(value[1]))
    if isinstance(value, dict):  # keys by their text (another type's key by its typed form)
        pairs = ((k if type(k) is str else repr(typed(k)), typed(v)) for k, v in value.items())
        return ("map", tuple(sorted(pairs, key=lambda pair: pair[0])))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(typed(v)) for v in value)))
    if isinstance(value, list):
        return ("seq", tuple(typed(v) for v in value))
    return ("other " + type(value).__name__, repr(value))


def show_typed(t):
    """A typed value as a short text for a message."""
    kind = t[0]
    if kind in ("map", "seq", "set") or kind.startswith("tag "):
        return f"{kind} {t[1:]!r}"[:120]
    return f"{kind} {t[1]!r}" if len(t) > 1 else kind


def differences(a, b, path):
    """Each place where typed values a and b differ: (path, a there, b there)."""
    if a == b:
        return []
    if a[0] == b[0] == "map":
        ad, bd = dict(a[1]), dict(b[1])
        found = []
        for key in list(ad) + [k for k in bd if k not in ad]:
            if key not in ad or key not in bd:
                found.append((f"{path}/{key}", show_typed(ad[key]) if key in ad else "(none)",
                              show_typed(bd[key]) if key in bd else "(none)"))
            else:
                found += differences(ad[key], bd[key], f"{path}/{key}")
        return found
    if a[0] == b[0] == "seq" and len(a[1]) == len(b[1]):
        return [d for i, (x, y) in enumerate(zip(a[1], b[1])) for d in differences(x, y, f"{path}/{i}")]
    return [(path, show_typed(a), show_typed(b))]


def extension_values(data):
    """Every x- value of a timeline's root, treaty and events, by where it is."""
    found = {}
    if not isinstance(data, dict):
        return found
    for key, value in data.items():
        if isinstance(key, str) and key.startswith("x-"):
            found[key] = value
    treaty = data.get("treaty")
    if isinstance(treaty, dict):
        for key, value in treaty.items():
            if isinstance(key, str) and key.startswith("x-"):
                found["treaty/" + key] = value
    for index, event in enumerate(data.get("events") or []):
        if isinstance(event, dict):
            for key, value in event.items():
                if isinstance(key, str) and key.startswith("x-"):
                    found[f"events/{event.get('id', index)}/{key}"] = value
    return found


def text_fields(data):
    """Every text field of accords in a timeline: (where, value), a list's items one by one."""
    found = []
    if not isinstance(data, dict):
        return found

    def add(where, value, is_list):
        if is_list and isinstance(value, list):
            found.extend((f"{where}/{i}", item) for i, item in enumerate(value))
        elif value is not None or not is_list:
            found.append((where, value))

    treaty = data.get("treaty")
    if isinstance(treaty, dict):
        for key in ("id", "name", "summary", "url"):
            if key in treaty:
                add("treaty/" + key, treaty[key], False)
        if "aliases" in treaty:
            add("treaty/aliases", treaty["aliases"], True)
    elif treaty is not None:
        add("treaty", treaty, False)
    for index, event in enumerate(data.get("events") or []):
        if not isinstance(event, dict):
            continue
        name = f"events/{event.get('id', index)}"
        for key in ("id", "type", "title", "place", "notes", "treaty"):
            if key in event:
                add(f"{name}/{key}", event[key], False)
        for key in ("parties", "mediators", "sources", "tags"):
            if key in event:
                add(f"{name}/{key}", event[key], True)
    return found


def yaml_problems(text, before=None):
    """What is wrong with `text` for the two readers (check 3), and what both read; with
    `before` (what both read of the original), also each x- value that changed."""
    problems = []
    try:
        data12 = read12(text)
    except Exception as error:  # noqa: BLE001 (any reader error is a finding)
        return [f"yaml-unreadable: the YAML 1.2 reader fails: {str(error)[:300]}"], None
    try:
        data11 = read11(text)
    except Exception as error:  # noqa: BLE001
        return [f"yaml-unreadable: the YAML 1.1 reader fails: {str(error)[:300]}"], None
    x12 = {k: typed(v) for k, v in extension_values(data12).items()}
    x11 = {k: typed(v) for k, v in extension_values(data11).items()}
    for where in sorted(set(x12) | set(x11)):
        if where not in x12 or where not in x11:
            problems.append(f"x-value: {where} is there for only one reader")
            continue
        for at, got12, got11 in differences(x12[where], x11[where], where):
            problems.append(f"x-value: YAML 1.2 and 1.1 differ at {at}: 1.2 reads {got12}, 1.1 {got11}")
    if before is not None:
        for where in sorted(set(before[0]) | set(x12)):
            if where not in x12:
                problems.append(f"x-value: {where} is gone")
            elif where not in before[0]:
                problems.append(f"x-value: {where} is new")
            else:
                for at, was, now in differences(before[0][where], x12[where], where):
                    problems.append(f"x-value: {at} was {was} and is now {now} (YAML 1.2)")
    for reader, data in (("1.2", data12), ("1.1", data11)):
        for where, value in text_fields(data):
            if not isinstance(value, str):
                problems.append(f"text-type: {where} is {show_typed(typed(value))} for YAML {reader}, not text")
    return problems, (x12, x11)


# --- owners of comments ------------------------------------------------------------------------

def text_lines(text):
    """The lines of a text, without line ends or a byte order mark."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return [line.rstrip("\r") for line in text.split("\n")]


def blank_or_comment(line):
    stripped = line.strip()
    return stripped == "" or stripped.startswith("#")


def dash_line(lines, line, col):
    """The line of the `-` of a block sequence item whose value starts at line:col."""
    if lines[line][:col].rstrip().endswith("-"):
        return line
    at = line - 1
    while at >= 0 and blank_or_comment(lines[at]):
        at -= 1
    if at >= 0 and re.match(r"^\s*-(\s+#.*)?\s*$", lines[at]):
        return at
    return line


class Owners:
    """Where each key and item of a text begins, as ruamel.yaml's parser marks its nodes (its
    round-trip loader, whose `.lc` gives the same lines, fails on some blank lines after
    comments): entries[line] lists the paths that begin on that line, outermost first;
    same[path] the paths that are the same owner (an item and the first key on its `- ` line)."""

    def __init__(self, text):
        self.lines = text_lines(text)
        self.entries = {}
        self.same = {}
        self.walk(composed(text), ())
        self.entry_lines = sorted(self.entries)

    def add(self, line, path):
        self.entries.setdefault(line, []).append(path)

    def walk(self, node, path):
        if node is None or getattr(node, "flow_style", False):
            return  # what a flow collection holds belongs to its key or item
        if isinstance(node, ruamel.yaml.nodes.MappingNode):
            for key, value in node.value:
                key_path = path + (str(key.value),)
                self.add(key.start_mark.line, key_path)
                self.walk(value, key_path)
        elif isinstance(node, ruamel.yaml.nodes.SequenceNode):
            for index, item in enumerate(node.value):
                name = index
                if path == ("events",) and isinstance(item, ruamel.yaml.nodes.MappingNode):
                    name = next((str(v.value) for k, v in item.value if k.value == "id"), index)
                item_path = path + (name,)
                dash = dash_line(self.lines, item.start_mark.line, item.start_mark.column)
                self.add(dash, item_path)
                if isinstance(item, ruamel.yaml.nodes.MappingNode) and not item.flow_style and item.value:
                    first = item.value[0][0]
                    if first.start_mark.line == dash:
                        first_path = item_path + (str(first.value),)
                        self.same[item_path] = {first_path}
                        self.same[first_path] = {item_path}
                self.walk(item, item_path)

    def owner(self, line, own_line):
        """The owner of a comment on `line` (0-based)."""
        if own_line:
            after = [at for at in self.entry_lines if at > line]
            if not after:
                return END
            if not any(at < line for at in self.entry_lines):
                return TOP
            return self.entries[after[0]][0]
        if line in self.entries:
            return self.entries[line][-1]
        before = [at for at in self.entry_lines if at < line]
        return self.entries[before[-1]][-1] if before else TOP

    def owner_class(self, path):
        """The owners that are the same as `path`: the comments before the first key are those
        of the file and of that key alike."""
        if path == TOP and self.entry_lines:
            return {TOP, self.entries[self.entry_lines[0]][0]}
        return {path} | self.same.get(path, set())


_owners_cache = {}


def owners_of(text):
    """Owners(text), read once for the original of every step."""
    if text not in _owners_cache:
        _owners_cache.clear()
        _owners_cache[text] = Owners(text)
    return _owners_cache[text]


def find_comments(text):
    """The comments of a text, found where YAML finds them: a `#` at the start of a line or
    after a space or a tab, outside every scalar (ruamel.yaml's parser gives where each one
    starts and ends). By their text (a second one of the same text gets " [2]", and so on):
    (line, on a line of its own, text)."""
    lines = text_lines(text)
    covered = [[] for _ in lines]  # per line, the column ranges scalars take

    def cover(node):
        if isinstance(node, ruamel.yaml.nodes.ScalarNode):
            l1, c1 = node.start_mark.line, node.start_mark.column
            l2, c2 = node.end_mark.line, node.end_mark.column
            if node.style in ("|", ">"):  # a block scalar's text starts on the line after its header
                l1, c1 = l1 + 1, 0
            for line in range(l1, min(l2, len(lines) - 1) + 1):
                covered[line].append((c1 if line == l1 else 0, c2 if line == l2 else len(lines[line]) + 1))
        elif isinstance(node, ruamel.yaml.nodes.MappingNode):
            for key, value in node.value:
                cover(key)
                cover(value)
        elif isinstance(node, ruamel.yaml.nodes.SequenceNode):
            for item in node.value:
                cover(item)

    cover(composed(text))
    found = {}
    for number, line in enumerate(lines):
        for at, char in enumerate(line):
            outside = not any(start <= at < end for start, end in covered[number])
            if char == "#" and (at == 0 or line[at - 1] in " \t") and outside:
                comment = line[at:].rstrip()
                key, count = comment, 1
                while key in found:
                    count += 1
                    key = f"{comment} [{count}]"
                found[key] = (number, line[:at].strip() == "", comment)
                break
    return found


def show_path(path):
    return "/".join(str(p) for p in path) if path not in (TOP, END) else path[0].lower()


def comment_problems(original, result, allowed=None):
    """The comments of `original` missing from `result`, changed, or with another owner;
    `allowed(owner_in_original, owner_in_result)` may accept an owner more."""
    problems = []
    try:
        before, after = find_comments(original), find_comments(result)
        owners_before, owners_after = owners_of(original), Owners(result)
    except Exception as error:  # noqa: BLE001
        return [f"yaml-unreadable: ruamel.yaml cannot read it for the comments: {str(error)[:300]}"]
    for key, (line, own_line, text) in before.items():
        if key not in after:
            problems.append(f"comment-lost: {key!r} (line {line + 1}) is gone")
            continue
        new_line, new_own_line, _ = after[key]
        was = owners_before.owner(line, own_line)
        now = owners_after.owner(new_line, new_own_line)
        if owners_before.owner_class(was) & owners_after.owner_class(now):
            continue
        if allowed and allowed(was, now):
            continue
        problems.append(f"comment-owner: {key!r} belonged to {show_path(was)} (line {line + 1}) and now to "
                        f"{show_path(now)} (line {new_line + 1})")
    for key in after:
        if key not in before:
            problems.append(f"comment-text: {key!r} (line {after[key][0] + 1}) is new")
    return problems


# --- the generator ------------------------------------------------------------------------------

class Scalar:
    """A value written on the line of its key or `-`: `text` is as written."""

    def __init__(self, text):
        self.text = text


class Block:
    """A block scalar: style `|` or `>`, chomping '', '-' or '+', an indentation indicator or
    None, its lines (relative to its indentation), blank lines after it."""

    def __init__(self, style, chomp, indicator, lines, after):
        self.style, self.chomp, self.indicator, self.lines, self.after = style, chomp, indicator, lines, after


class Map:
    def __init__(self, pairs):
        self.pairs = pairs  # [(key as written, key, value)]


class Seq:
    def __init__(self, items):
        self.items = items


_plain_cache = {}


def plain_is_text(text, flow=False):
    """Whether `text` written plain reads back as that text in YAML 1.1 and 1.2 (block or flow)."""
    key = (text, flow)
    if key not in _plain_cache:
        ok = text == text.strip() != "" and not re.search(r"[\x00-\x1f\u2028\u2029\x85]", text)
        if ok and flow:  # '?' too: yaml-cpp 0.7 and PyYAML's own parser refuse [a?b]
            ok = not re.search(r"[,\[\]{}?]", text)
        if ok:
            document = f"k: [{text}]\n" if flow else f"k: {text}\n"
            try:
                got12, got11 = read12(document)["k"], read11(document)["k"]
                if flow:
                    got12, got11 = got12[0] if len(got12) == 1 else None, got11[0] if len(got11) == 1 else None
                ok = type(got12) is str and type(got11) is str and got12 == got11 == text
            except Exception:  # noqa: BLE001
                ok = False
        _plain_cache[key] = ok
    return _plain_cache[key]


def single_quoted(text):
    return "'" + text.replace("'", "''") + "'"


def double_quoted(text):
    out = []
    for char in text:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\t":
            out.append("\\t")
        elif char == "\n":
            out.append("\\n")
        elif ord(char) < 0x20 or char in "\u2028\u2029\x85":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


class Generator:
    def __init__(self, seed, without):
        self.rng = random.Random(seed)
        self.without = set(without)
        self.lines = []
        self.current = ""  # the line being written
        self.last_entry = None  # the last key or item begun on the current line
        self.entry_seen = False
        self.pending = []  # own-line comments waiting for the next key or item
        self.block_column = None  # the indentation of the block scalar written last, until a new line
        self.kept = False  # whether that block scalar keeps its final blank lines (+)
        self.owners = {}  # comment number -> the owner it was written for
        self.texts = {}  # comment number -> its text
        self.count = 0
        self.indent_step = self.rng.choice([2, 2, 2, 4])

    # Choices.
    def on(self, feature, chance):
        return feature not in self.without and self.rng.random() < chance

    def pick(self, seq):
        return self.rng.choice(seq)

    # Lines.
    def start(self, text, entry=None):
        """Starts a line with `text`, at whose start `entry` begins (if any)."""
        self.finish()
        self.current = text
        self.last_entry = None
        self.block_column = None
        if entry is not None:
            self.begin(entry)

    def begin(self, entry):
        """Notes that `entry` (a key or an item) begins on the current line."""
        for number in self.pending:
            self.owners[number] = entry if self.entry_seen else TOP
        self.pending = []
        self.entry_seen = True
        self.last_entry = entry

    def finish(self):
        if self.current is not None:
            self.lines.append(self.current)
        self.current = None

    def raw_line(self, text):
        if text.strip() == "" and self.block_column is not None and self.kept and "kept-blanks" in self.without:
            return  # it would end the text of the kept block scalar just written
        self.finish()
        self.lines.append(text)

    def comment_text(self):
        self.count += 1
        self.texts[self.count] = f"# c{self.count}{self.pick(COMMENT_WORDS)}".rstrip()
        return self.texts[self.count]

    def end_comment(self, chance=0.25):
        """Maybe a comment at the end of the current line, for the last entry begun on it."""
        if not self.on("comments", chance):
            return
        text = self.comment_text()
        self.current += self.pick(["  ", "  ", " ", "    "]) + text
        self.owners[self.count] = self.last_entry if self.last_entry is not None else (
            TOP if not self.entry_seen else None)
        assert self.owners[self.count] is not None, "a comment at the end of a line that begins nothing"

    def own_comments(self, column, chance=0.25, most=2):
        """Maybe comments on lines of their own at `column`, for the next key or item."""
        if not self.on("comments", chance):
            return
        for _ in range(self.rng.randint(1, most)):
            if self.rng.random() < 0.15:
                self.raw_line("")
            col = self.pick([column, column, 0, column + 2]) if column else self.pick([0, 0, 2])
            if self.block_column is not None:
                col = min(col, self.block_column - 1)  # not in the block scalar just written
            self.raw_line(" " * col + self.comment_text())
            self.pending.append(self.count)

    # Values.
    def text_value(self, lookalike_chance=0.3, awkward_chance=0.3, flow=False, one_line=True):
        """A text and how it is written (plain only where that reads back as the text)."""
        roll = self.rng.random()
        if roll < lookalike_chance and "lookalikes" not in self.without:
            text = self.pick(LOOKALIKES)
        elif roll < lookalike_chance + awkward_chance:
            text = self.pick(AWKWARD + (["line\u2028separator"] if "line-separators" not in self.without else []))
        else:
            text = " ".join(self.pick(WORDS) for _ in range(self.rng.randint(1, 4))).capitalize()
        if not one_line and self.rng.random() < 0.2:
            text += "\nsecond line"
        if "# c" in text:
            text = text.replace("# c", "#c")
        return text, self.write_text(text, flow)

    def write_text(self, text, flow=False):
        if plain_is_text(text, flow) and self.rng.random() < 0.75:
            return text
        if "\n" in text or "\t" in text or re.search(r"[\x00-\x1f\u2028\u2029]", text) or self.rng.random() < 0.5:
            return double_quoted(text)
        return single_quoted(text)

    def block(self):
        style = self.pick(["|", "|", ">"])
        chomp = self.pick(["", "-", "+"])
        indicator = self.pick([None, None, 1, 2, 3, 4])
        lines = []
        if self.rng.random() < 0.2:
            lines.append("")  # a leading blank line
        for index in range(self.rng.randint(1, 4)):
            line = self.pick(BLOCK_LINES)
            # More indented than the first line: that line sets the indentation without an indicator.
            if (indicator is not None or any(lines)) and self.rng.random() < 0.25:
                line = " " * self.rng.randint(1, 3) + line  # more indented
            if index > 0 and self.rng.random() < 0.2:
                lines.append("")
            lines.append(line)
        after = self.rng.randint(0, 2)  # blank lines after it: its text when it is kept (+)
        if chomp == "+" and "kept-blanks" in self.without:
            after = 0
        return Block(style, chomp, indicator, lines, after)

    def x_scalar(self):
        """A one-line x- value whose type both readers agree on."""
        roll = self.rng.random()
        if roll < 0.3 and "lookalikes" not in self.without:
            text = self.pick(LOOKALIKES)
            return Scalar(self.pick([single_quoted(text), double_quoted(text)]))
        if roll < 0.5 and "tags" not in self.without:
            return Scalar(self.pick([
                "!!binary aGVsbG8=", "!!str 12", "!!str yes", "!!set {a, b}", "!foo bar", "!!int '42'",
                "!!float '1.5'", "!!str", "!foo {k: v}", "!!binary " + base64.b64encode(b"\x00\xff accords").decode(),
                "!!str 2020-01-01", "!!null ''", "!!bool 'true'",
            ]))
        if roll < 0.65 and "flow" not in self.without:
            return Scalar(self.pick([
                "{a: 1, b: 'yes'}", "[x, 'no', 3]", "{}", "[]", "[{k: v}, [1, 2]]", "{list: [a, b], n: ~}",
                "['01234', \"1.10\"]",
            ]))
        signed = ["-7", "-1.5", "+3"] if "signed-numbers" not in self.without else []
        return Scalar(self.pick(["42", "1.5", "true", "false", "null", "~", "", "alpha", "two words",
                                 "https://example.org/x#y", "0", "3.25", "Z"] + signed))

    def x_value(self, depth=0):
        roll = self.rng.random()
        if depth < 2 and roll < 0.25:
            return self.x_map(depth)
        if depth < 2 and roll < 0.45:
            return Seq([self.x_item(depth + 1) for _ in range(self.rng.randint(1, 3))])
        if roll < 0.52 and "block-scalars" not in self.without:
            return self.block()
        return self.x_scalar()

    def x_map(self, depth):
        pairs = {}
        for _ in range(self.rng.randint(1, 3)):
            written, key, value = self.x_key(depth + 1)
            pairs.setdefault(key, (written, key, value))
        return Map(list(pairs.values()))

    def x_key(self, depth=1):
        key = self.pick(WORDS) + str(self.rng.randint(0, 999))
        written = key
        if "lookalikes" not in self.without and self.rng.random() < 0.05:
            key = self.pick(["123", "yes", "1.10", "null"])
            written = single_quoted(key)
        return (written, key, self.x_value(depth + 1))

    def x_item(self, depth):
        if depth < 2 and self.rng.random() < 0.25:
            return self.x_map(depth + 1)
        item = self.x_scalar()
        if item.text in ("", "~", "null") and "empty-items" in self.without:
            item = Scalar("0")
        return item

    # Writing nodes.
    def write_pairs(self, pairs, indent, path, dash=None):
        """The pairs of a block mapping with keys at `indent`; with `dash` the first goes on the
        `- ` line of the item `path`, at column `dash`."""
        seen = set()
        for index, (written, key, value) in enumerate(pairs):
            assert key not in seen
            seen.add(key)
            key_path = path + (key,)
            if dash is not None and index == 0:
                self.current += written + ":"
                self.begin(key_path)
            else:
                self.own_comments(indent)
                self.start(" " * indent + written + ":", key_path)
            self.write_value(value, indent, key_path)

    def write_value(self, value, indent, path):
        """The value of the key just written at `indent`."""
        if isinstance(value, Scalar):
            if value.text != "":
                self.current += " " + value.text
            self.end_comment()
        elif isinstance(value, Block):
            self.write_block(value, indent)
        elif isinstance(value, Map):
            self.end_comment()
            self.write_pairs(value.pairs, indent + self.indent_step, path)
        else:
            self.end_comment()
            offset = self.pick([0, self.indent_step])  # a block list's `-` may stand under its key
            self.write_items(value.items, indent + offset, path)

    def write_block(self, block, indent):
        header = block.style + (str(block.indicator) if block.indicator else "") + block.chomp
        if block.indicator and self.rng.random() < 0.3:
            header = block.style + block.chomp + str(block.indicator)
        self.current += " " + header
        self.end_comment(0.35)
        column = indent + (block.indicator or self.pick([1, 2, 2, 4]))
        for line in block.lines:
            if line == "":
                self.raw_line(" " * self.pick([0, 0, 0, column]))
            else:
                self.raw_line(" " * column + line)
        for _ in range(block.after):
            self.raw_line("")
        self.current = None
        self.block_column = column
        self.kept = block.chomp == "+"
        # A comment after the block, less indented than its text.
        if self.on("comments", 0.25):
            self.own_comments(self.rng.randint(0, column - 1), 1)

    def write_items(self, items, dash_column, path):
        for index, item in enumerate(items):
            self.write_item(item, dash_column, path + (index,))

    def write_item(self, item, dash_column, item_path, first_key_same_line=True):
        self.own_comments(dash_column)
        self.start(" " * dash_column + "-", item_path)
        if isinstance(item, Map):
            if not first_key_same_line:
                self.end_comment(0.8 if "dash-comments" not in self.without else 0)
                self.start(" " * (dash_column + 2) + item.pairs[0][0] + ":", item_path + (item.pairs[0][1],))
                self.write_value(item.pairs[0][2], dash_column + 2, item_path + (item.pairs[0][1],))
                self.write_pairs(item.pairs[1:], dash_column + 2, item_path)
            else:
                self.current += " "
                self.write_pairs(item.pairs, dash_column + 2, item_path, dash=dash_column)
        elif isinstance(item, Scalar):
            self.current += " " + item.text
            self.end_comment()
        else:
            raise AssertionError("no such item")

    # The file.
    def event(self, number, last, dash_column):
        """Writes event `number`, its `-` at `dash_column` (`last`: the file's last event)."""
        rng = self.rng
        event_id = f"e{number}-{self.pick(WORDS)}"
        year = rng.randint(1990, 2030)
        date = self.pick([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                          f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        parties = rng.sample([p for p in PARTIES if p != "NO" or "lookalikes" not in self.without], rng.randint(1, 3))
        keys = [("id", Scalar(event_id)), ("date", Scalar(self.pick([date, date, f"'{date}'"]))),
                ("type", Scalar(self.pick(TYPES))), ("parties", parties)]
        if rng.random() < 0.3:
            keys.append(("end", Scalar(f"{year + rng.randint(1, 2)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")))
        if rng.random() < 0.2:
            keys.append(("mediators", rng.sample([p for p in ["US", "EG", "QA"] if p not in parties], 1)))
        keys.append(("title", Scalar(self.text_value()[1])))
        if rng.random() < 0.4:
            keys.append(("place", Scalar(self.text_value()[1])))
        if rng.random() < 0.6:
            sources = [self.pick(["https://example.org/a#frag", "https://example.org/b?x=1&y=2",
                                  'Reuters, "A title", 2020-01-01', "https://example.org/" + self.pick(WORDS)])
                       for _ in range(rng.randint(1, 3))]
            keys.append(("sources", list(dict.fromkeys(sources))))
        notes = None
        if rng.random() < 0.7:
            if "block-scalars" not in self.without and rng.random() < 0.75:
                notes = self.block()
            else:
                text = self.text_value(one_line=False)[0]
                if not last and "kept-blanks" not in self.without and rng.random() < 0.3:
                    text += "\n\n"
                notes = Scalar(self.write_text(text))
            keys.append(("notes", notes))
        if rng.random() < 0.4:
            tags = [self.text_value(awkward_chance=0)[0] for _ in range(rng.randint(1, 3))]
            keys.append(("tags", list(dict.fromkeys(tags))))
        for _ in range(rng.choice([0, 0, 1, 2])):
            keys.append(("x-" + self.pick(WORDS) + str(rng.randint(0, 99)), self.x_value()))
        keys = list(dict(keys).items())  # x- keys once each
        if self.on("key-order", 0.3):
            rng.shuffle(keys)
        # Lists of text are written here; other values are nodes already.
        pairs = []
        for key, value in keys:
            if isinstance(value, list):
                if key == "sources":  # fmt writes them one a line
                    block = rng.random() < 0.6 or "flow" in self.without
                else:  # fmt writes them [a, b]
                    block = rng.random() < 0.35 and "list-comments" not in self.without
                if block:
                    pairs.append((key, key, Seq([Scalar(self.write_text(v)) for v in value])))
                else:
                    flow = "[" + ", ".join(self.write_text(v, flow=True) for v in value) + "]"
                    pairs.append((key, key, Scalar(flow)))
            else:
                pairs.append((key, key, value))
        item_path = ("events", event_id)
        dash_alone = "dash-comments" not in self.without and rng.random() < 0.3
        self.write_item(Map(pairs), dash_column, item_path, first_key_same_line=not dash_alone)

    def treaty(self):
        """The pairs of the treaty mapping."""
        rng = self.rng
        pairs = [("id", "id", Scalar("rt-treaty")), ("name", "name", Scalar(self.text_value()[1]))]
        if rng.random() < 0.5:
            block = "block-scalars" not in self.without and rng.random() < 0.6
            pairs.append(("summary", "summary", self.block() if block else Scalar(self.text_value()[1])))
        if rng.random() < 0.3:
            pairs.append(("url", "url", Scalar("https://example.org/treaty#text")))
        if rng.random() < 0.3:
            names = ["rt", "round-trip"] + (["yes", "123"] if "lookalikes" not in self.without else [])
            aliases = list(dict.fromkeys(self.pick(names) for _ in range(2)))
            text = "[" + ", ".join(self.write_text(a, flow=True) for a in aliases) + "]"
            pairs.append(("aliases", "aliases", Scalar(text)))
        for _ in range(rng.choice([0, 1])):
            _, key, value = self.x_key()
            pairs.append(("x-" + key, "x-" + key, value))
        if self.on("key-order", 0.3):
            rng.shuffle(pairs)
        return Map(pairs)

    def generate(self):
        """The text of a timeline file; self.owners and self.texts say whose each comment is."""
        rng = self.rng
        if rng.random() < 0.1:
            self.start("---", None)
            self.end_comment(0.5)
        self.own_comments(0, 0.6, 3)
        if self.pending and rng.random() < 0.6:
            self.raw_line("")
        root = [("schema", "schema", Scalar("1")), ("treaty", "treaty", None), ("events", "events", None)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            _, key, value = self.x_key()
            if all(r[1] != "x-" + key for r in root):
                root.insert(rng.randint(0, len(root)), ("x-" + key, "x-" + key, value))
        if self.on("key-order", 0.2):
            rng.shuffle(root)
        events_count = rng.randint(1, 5)
        dash_column = self.pick([0, self.indent_step])
        for written, key, value in root:
            self.own_comments(0)
            self.start(written + ":", (key,))
            if key == "treaty":
                self.end_comment()
                self.write_pairs(self.treaty().pairs, self.indent_step, ("treaty",))
            elif key == "events":
                self.end_comment()
                for number in range(events_count):
                    if number > 0:
                        for _ in range(rng.choice([0, 1, 1, 2])):
                            self.raw_line("")
                    self.event(number + 1, number == events_count - 1, dash_column)
            else:
                self.write_value(value, 0, (key,))
        self.finish()
        if self.on("comments", 0.5):
            if rng.random() < 0.5:
                self.raw_line("")
            for _ in range(rng.randint(1, 2)):
                column = self.pick([0, 2]) if self.block_column is None else 0
                self.lines.append(" " * column + self.comment_text())
                self.owners[self.count] = END
        for number in self.pending:
            self.owners[number] = END
        self.pending = []
        newline = "\r\n" if self.on("crlf", 0.15) else "\n"
        text = newline.join(self.lines)
        if rng.random() < 0.9:
            text += newline
        if self.on("bom", 0.15):
            text = "\ufeff" + text
        return text


# --- running accords ----------------------------------------------------------------------------

class Accords:
    def __init__(self, binary, home):
        self.binary = binary
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8",
                    "ACCORDS_TODAY": TODAY, "HOME": home}

    def run(self, *args, stdin=None):
        done = subprocess.run([self.binary, *args], env=self.env, capture_output=True, input=stdin, timeout=300)
        return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")

    def loaded(self, path):
        """What a file loads to: every event whole and the treaties; or None and the error."""
        code, out, err = self.run("--no-cache", "-d", path, "list", "--format", "tsv", "--fields", "id")
        if code != 0:
            return None, err
        ids = out.split()
        events = {}
        if ids:
            code, out, err = self.run("--no-cache", "-d", path, "show", "--format", "json", *ids)
            if code != 0:
                return None, err
            events = {event["id"]: event for event in json.loads(out)}
        code, out, err = self.run("--no-cache", "-d", path, "treaties", "--format", "json")
        if code != 0:
            return None, err
        return {"events": events, "order": ids, "treaties": json.loads(out)}, ""


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def diff_text(a, b, a_name, b_name):
    lines = difflib.unified_diff(a.splitlines(keepends=True), b.splitlines(keepends=True), a_name, b_name)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def check_case(accords, work, name, original, intended, add_args, added_id):
    """Every problem of one case: (step, problem), and the outputs by step."""
    problems, outputs = [], {}
    source = os.path.join(work, name + ".yaml")
    write_bytes(source, original.encode("utf-8"))
    text = original

    # The input itself: valid, read alike by both YAML readers, its comments where meant.
    before, error = accords.loaded(source)
    if before is None:
        return [("input", f"the generated file does not load: {error.strip()[:500]}")], outputs
    input_problems, before_x = yaml_problems(text)
    problems += [("input", p) for p in input_problems]
    if not input_problems:
        data = read12(text)
        problems += [("input", f"c{n} is read as text of a value") for n in comment_numbers_in(data)]
        problems += [("load", p) for p in load_problems(before, data)]
    if intended is not None:
        comments = find_comments(text)
        owners = owners_of(text)
        for key in set(intended) | set(comments):
            if key not in comments or key not in intended:
                problems.append(("input", f"{key!r} is not a comment where it was written"))
                continue
            line, own_line, _ = comments[key]
            got = owners.owner(line, own_line)
            if intended[key] not in owners.owner_class(got):
                problems.append(("input", f"{key!r} was written for {show_path(intended[key])}, "
                                          f"the checker reads it as {show_path(got)}'s"))
    if any(step == "input" for step, _ in problems):
        return problems, outputs

    def formatted(step, extra):
        path = os.path.join(work, f"{name}.{step}.yaml")
        write_bytes(path, original.encode("utf-8"))
        code, out, err = accords.run("fmt", *extra, path)
        result = read_bytes(path).decode("utf-8", "replace")
        outputs[step] = result
        if code != 0:
            kind = "refused" if "left as it is" in err else "failed"
            problems.append((step, f"{kind}: fmt {' '.join(extra)} exited {code}: {err.strip()[:500]}"))
            return None, path
        return result, path

    for step, extra in (("fmt", []), ("fmt-sort", ["--sort"])):
        result, path = formatted(step, extra)
        if result is None:
            continue
        after, error = accords.loaded(path)
        if after is None:
            problems.append((step, f"fields: the result does not load: {error.strip()[:500]}"))
        else:
            if after["events"] != before["events"] or after["treaties"] != before["treaties"]:
                problems.append((step, "fields: the timeline changed: " + json_difference(before, after)))
        problems += [(step, p) for p in comment_problems(text, result)]
        problems += [(step, p) for p in yaml_problems(result, before_x)[0]]
        # A second fmt changes nothing.
        code, out, err = accords.run("fmt", "--check", *extra, path)
        if code != 0:
            problems.append((step, f"unstable: fmt --check {' '.join(extra)} on the result exited {code}: "
                                   f"{(out + err).strip()[:300]}"))
        again_path = os.path.join(work, f"{name}.{step}.again.yaml")
        shutil.copyfile(path, again_path)
        code, out, err = accords.run("fmt", *extra, again_path)
        again = read_bytes(again_path).decode("utf-8", "replace")
        if code != 0:
            problems.append((step, f"unstable: a second fmt {' '.join(extra)} exited {code}: {err.strip()[:300]}"))
        elif again != result:
            problems.append((step, "unstable: a second fmt changed bytes:\n" +
                             diff_text(result, again, "first", "second")[:2000]))
            outputs[step + "-again"] = again

    # add: one event more, nothing else changed.
    path = os.path.join(work, f"{name}.add.yaml")
    write_bytes(path, original.encode("utf-8"))
    code, out, err = accords.run("add", path, "--no-input", *add_args)
    result = read_bytes(path).decode("utf-8", "replace")
    outputs["add"] = result
    if code != 0:
        kind = "refused" if "left as it is" in err else "failed"
        problems.append(("add", f"{kind}: add exited {code}: {err.strip()[:500]}"))
        return problems, outputs
    after, error = accords.loaded(path)
    if after is None:
        problems.append(("add", f"fields: the result does not load: {error.strip()[:500]}"))
    else:
        added = after["events"].pop(added_id, None)
        if added is None:
            problems.append(("add", f"fields: {added_id} is not in the result"))
        elif after["events"] != before["events"] or treaty_names(after) != treaty_names(before):
            problems.append(("add", "fields: the timeline changed: " + json_difference(before, after)))

    def after_last_event(was, now):
        # The comments between the last event and the next root key (or the end) may go before
        # the event added (or the `events:` add writes when there was none): add keeps only
        # those at the margin just before a root key with it.
        return now in (("events", added_id), ("events",)) and (was == END or len(was) == 1)

    problems += [("add", p) for p in comment_problems(text, result, after_last_event)]
    problems += [("add", p) for p in yaml_problems(result, before_x)[0]]
    return problems, outputs


def comment_numbers_in(value):
    """The numbers of the generated comments that `value` holds as text."""
    if isinstance(value, str):
        return [int(n) for n in re.findall(r"# c(\d+)\b", value)]
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in comment_numbers_in(k) + comment_numbers_in(v)]
    if isinstance(value, (list, tuple, set)):
        return [n for v in value for n in comment_numbers_in(v)]
    return []


def load_problems(loaded, data):
    """Where accords reads an event's text otherwise than a YAML 1.2 reader (`data`)."""
    problems = []
    for event in data.get("events") or []:
        shown = loaded["events"].get(str(event.get("id")))
        if shown is None:
            problems.append(f"accords has no event {event.get('id')!r}")
            continue
        for key in ("title", "place", "notes", "sources", "tags", "parties", "mediators"):
            want = event.get(key, [] if key in ("sources", "tags", "mediators") else None)
            if shown.get(key) != want:
                problems.append(f"accords reads events/{event['id']}/{key} as {shown.get(key)!r}, "
                                f"YAML 1.2 as {want!r}")
    return problems


def treaty_names(loaded):
    """The treaties' ids and names (their counts change with an event more)."""
    return [(treaty["id"], treaty["name"]) for treaty in loaded["treaties"]]


def json_difference(before, after):
    a = json.dumps({"events": before["events"], "treaties": before["treaties"]}, indent=1, sort_keys=True)
    b = json.dumps({"events": after["events"], "treaties": after["treaties"]}, indent=1, sort_keys=True)
    return "\n" + "".join(list(difflib.unified_diff(a.splitlines(True), b.splitlines(True), "before", "after"))[:40])


def add_arguments(rng, number, without=()):
    """The arguments of `accords add` for a case, and the id of its event."""
    added_id = f"added-{number}"
    lookalikes = "lookalikes" not in without
    title = rng.choice((LOOKALIKES if lookalikes else []) + AWKWARD + ["Added event"])
    args = ["--date", "2031-02-03", "--type", "summit", "-c", "IL", "-c", "AE", "--title", title.strip() or "x",
            "--id", added_id]
    if rng.random() < 0.5:
        args += ["--notes", rng.choice(["line one\nline two", "ends in blank lines\n\n", "# not a comment"] +
                                       (["yes"] if lookalikes else []))]
    if rng.random() < 0.5:
        args += ["--tag", rng.choice(["plain"] + (["yes", "123"] if lookalikes else [])),
                 "--source", "https://example.org/added#x"]
    if rng.random() < 0.3:
        args += ["--place", rng.choice(["Abu Dhabi"] + (["1:20", "null"] if lookalikes else []))]
    return args, added_id


def report(seed_text, original, problems, outputs, summary):
    if summary:
        for step, problem in problems:
            print(f"{seed_text} {step}: {problem.splitlines()[0]}")
        return
    print(f"FAIL: {seed_text}")
    for step, problem in problems:
        print(f"  {step}: {problem}")
    print("--- the file (repr of each line):")
    for number, line in enumerate(original.split("\n"), 1):
        print(f"{number:4} {line!r}")
    for step in sorted({step for step, _ in problems}):
        if step in outputs:
            print(f"--- diff of {step}:")
            print(diff_text(original, outputs[step], "generated", step), end="")
    print()


def main():
    features = "\n".join(f"  {name:16} {text}" for name, text in FEATURES.items())
    parser = argparse.ArgumentParser(description=__doc__, epilog="features (--without):\n" + features,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accords", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--without", default="", help="features left out (below), separated by commas")
    parser.add_argument("--keep", help="a folder to write each case's files to")
    parser.add_argument("--summary", action="store_true", help="one line per problem")
    parser.add_argument("--details", type=int, default=3, help="cases printed in full; the rest as --summary")
    parser.add_argument("--file", nargs="*", help="check these files instead of generated ones")
    args = parser.parse_args()
    without = [w for w in args.without.replace(",", " ").split() if w]
    unknown = [w for w in without if w not in FEATURES]
    if unknown:
        parser.error(f"unknown features {unknown}; known: {', '.join(FEATURES)}")
    accords = Accords(os.path.abspath(args.accords), args.work)
    work = args.keep or args.work
    os.makedirs(work, exist_ok=True)

    cases = []
    if args.file:
        for index, path in enumerate(args.file):
            text = read_bytes(path).decode("utf-8")
            cases.append((path, text, None, *add_arguments(random.Random(index), index, without)))
    else:
        for seed in range(args.seed, args.seed + args.count):
            generator = Generator(seed, without)
            text = generator.generate()
            intended = {generator.texts[number]: owner for number, owner in generator.owners.items()}
            cases.append((f"seed {seed}", text, intended, *add_arguments(generator.rng, seed, without)))

    failed = 0
    for index, (name, text, intended, add_args, added_id) in enumerate(cases):
        problems, outputs = check_case(accords, work, f"case{index}", text, intended, add_args, added_id)
        if problems:
            failed += 1
            report(name + (f" (without {','.join(without)})" if without else ""), text, problems, outputs,
                   args.summary or failed > args.details)
    again = "; run one again with ACCORDS_ROUND_TRIP_SEED=N ACCORDS_ROUND_TRIP_COUNT=1 (or --seed N --count 1)"
    print(f"{len(cases)} cases, {failed} failed" + (again if failed and not args.file else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
