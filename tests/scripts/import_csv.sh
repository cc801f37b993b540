#!/usr/bin/env bash
# accords import csv: `list --format csv` with every field round-trips through it (the
# built-in timelines and each fixture load back to the same events and members), and every
# problem of a table is reported at its row and column of the CSV, with nothing written.
set -u
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
repo=$here/../..
accords_today=2026-12-03 # the ACCORDS_TODAY of accords (lib.sh)
all_fields=id,date,end,treaty,type,parties,mediators,title,place,tags,sources,notes,effective,from

# definitions_of DIR OUT: every timeline file of DIR with its events left out (its treaty and
# entities kept), so that the imported events have what they name and no id twice.
definitions_of() {
  mkdir -p "$2"
  /usr/bin/python3 - "$1" "$2" <<'PY'
import pathlib, sys, yaml
source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for n, path in enumerate(sorted(p for p in source.rglob("*") if p.suffix in (".yaml", ".yml"))):
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document.pop("events", None)
    if isinstance(document.get("treaty"), str) and not document.get("entities"):
        continue  # names a treaty only: nothing to keep
    (out / f"{n:02d}-{path.stem}.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
PY
}

for data in "$repo/timelines" "$repo/tests/e2e/fixtures/fisheries" "$repo/tests/e2e/fixtures/harbour" \
  "$repo/tests/e2e/fixtures/open-skies"; do
  name=$(basename "$data")
  rm -rf "$work/defs" && definitions_of "$data" "$work/defs"
  accords -d "$data" list --format csv --fields "$all_fields" > "$work/$name.csv"
  if ! out=$(accords -d "$work/defs" import csv "$work/$name.csv" -o "$work/defs/imported.yaml" 2>&1); then
    fail "$name: import failed: $(echo "$out" | head -5)"
    continue
  fi
  for command in "list --format json" "members --format json --as-of 2026-12-03" "treaties --format json"; do
    # shellcheck disable=SC2086
    if ! diff <(accords -d "$data" $command) <(accords -d "$work/defs" $command) > "$work/diff"; then
      fail "$name: '$command' differs after the round trip: $(head -8 "$work/diff")"
    fi
  done
done

# A table of problems: each at its row and column, nothing written.
cat > "$work/bad.csv" <<'CSV'
date,type,parties,title,titel
2026-01-02,summit,"IL,AE",Fine,x
CSV
expect_problem() { # CSV-TEXT EXPECTED-LINE [ARGS...]
  local text=$1 want=$2
  shift 2
  printf '%s' "$text" > "$work/bad.csv"
  rm -f "$work/out.yaml"
  local err code
  err=$(accords import csv "$work/bad.csv" -o "$work/out.yaml" "$@" 2>&1 >/dev/null)
  code=$?
  [[ $code == 1 ]] || fail "expected status 1, got $code for: $text"
  grep -qF -- "$want" <<< "$err" || fail "expected '$want', got: $(head -c 400 <<< "$err")"
  [[ -e $work/out.yaml ]] && fail "a file was written for: $text"
}
f=$work/bad.csv
expect_problem $'date,type,parties,title,titel\n' "$f:1:25: error: unknown column 'titel' (did you mean 'title'?)" --treaty abraham
expect_problem $'date,type,parties,title\n2026-02-30,summit,IL,x\n' "$f:2:1: error:" --treaty abraham
expect_problem $'date,type,parties,title\n2026-01-02,sumit,IL,x\n' "$f:2:12: error: unknown event type 'sumit' (did you mean 'summit'?)" --treaty abraham
expect_problem $'date,type,parties,title\n2026-01-02,summit,"IL,Israil",x\n' "$f:2:19: error:" --treaty abraham
expect_problem $'date,type,parties,title\n2026-01-02,summit,IL\n' "$f:2:1: error: this row has 3 fields, the header 4" --treaty abraham
expect_problem $'date,type,parties,title\n2026-01-02,summit,IL,"open\n' "$f:2:22: error: the quoted field that starts here is never closed" --treaty abraham
expect_problem $'date,type,parties,title\n2026,summit,IL,x\n' "$f:1:1: error: the header has no 'treaty' column"
expect_problem $'id,date,type,parties,title\naa-2020-09-15-white-house-signing,2026,summit,IL,x\n' "$f:2:1: error: duplicate event id" --treaty abraham

# Every message names a line and column of the table, never a line of the timeline made.
expect_problem $'id,date,type,parties,title\nx1,2026,summit,IL,a\nx2,2026,summit,IL,b\nx1,2026,summit,IL,c\n' \
  "$f:4:1: error: duplicate event id 'x1' (first defined at $f:2:1)" --treaty abraham
expect_problem $'date,type,parties,title\n2026-01-02,summit,IL,caf\xe9\n' \
  "$f:2:25: error: invalid UTF-8 (byte 0xe9): the table must be UTF-8 (as spreadsheets save \"CSV UTF-8\")" --treaty abraham
long=$(head -c 1100000 /dev/zero | tr '\0' x)
expect_problem "date,type,parties,title,notes"$'\n'"2026-01-02,summit,IL,t,$long"$'\n' \
  "$f:2:24: error: this cell is longer than the 1 MiB limit on a value (1100000 bytes)" --treaty abraham
quotes=$(head -c 1200000 /dev/zero | tr '\0' '"') # 600 000 quotes, each written twice in the table
expect_problem "date,type,parties,title"$'\n'"2026-01-02,summit,IL,\"$quotes\""$'\n' \
  "$f:2:22: error: this cell, written in the timeline, makes a line of 1200013 bytes, longer than the 1 MiB limit on a line" --treaty abraham

# Control characters other than tab and line ends are refused at their place, as in a timeline.
expect_problem $'date,type,parties,title\n2026-01-02,summit,IL,T\e[31mred\n' \
  "$f:2:23: error: control character U+001B is not allowed: a text holds only printable characters, tabs and line breaks" --treaty abraham
expect_problem $'date,type,parties,title,notes\n2026-01-02,summit,IL,T,"two\nlines \x7f"\n' \
  "$f:3:7: error: control character U+007F is not allowed: a text holds only printable characters, tabs and line breaks" --treaty abraham
printf 'date,type,parties,title\n2026-01-02,summit,IL,T\0X\n' > "$work/nul.csv"
err=$(accords import csv "$work/nul.csv" --treaty abraham 2>&1 >/dev/null)
[[ $? == 1 && $err == "$work/nul.csv:2:23: error: NUL byte: the table must be UTF-8 text (is it UTF-16?)" ]] ||
  fail "a NUL byte in a cell: $err"
printf 'date,type,parties,title,notes\n2026-01-02,summit,IL,"Tab\tand, comma","Line\r\nends\xc2\x85"\n' > "$work/fine.csv"
out=$(accords import csv "$work/fine.csv" --treaty abraham 2>&1) || fail "tabs, line ends and NEL were refused: $out"

# A table separated by semicolons or tabs (a spreadsheet's other CSV) is one column: the
# message says what the separator seems to be.
expect_problem $'date;type;parties;title\n2026-01-02;summit;IL;x\n' \
  "$f:1:1: error: the header is one column: the table seems to be separated by semicolons (;), but import csv reads comma-separated values (RFC 4180): save or export it with commas as separators" --treaty abraham
expect_problem $'date\ttype\tparties\ttitle\n2026-01-02\tsummit\tIL\tx\n' \
  "$f:1:1: error: the header is one column: the table seems to be separated by tabs, but import csv reads comma-separated values (RFC 4180): save or export it with commas as separators" --treaty abraham

# A byte order mark at the start (Excel's "CSV UTF-8") is skipped; columns count after it.
printf '\xef\xbb\xbfdate,type,parties,title\n2026-01-02,summit,IL,With a mark\n' > "$work/bom.csv"
out=$(accords import csv "$work/bom.csv" --treaty abraham 2>&1) || fail "a table with a byte order mark was refused: $out"
grep -q '^    title: With a mark$' <<< "$out" || fail "a table with a byte order mark gave: $out"
expect_problem $'\xef\xbb\xbfdate,type,parties,titel\n' "$f:1:19: error: unknown column 'titel' (did you mean 'title'?)" --treaty abraham

# A treaty that is not loaded is a usage error; names of countries become codes; ids are made.
printf 'date,type,parties,title\n2026-01-02,summit,"Israel,UAE",Leaders meet\n2026-01-02,summit,IL,Leaders meet\n' > "$work/ok.csv"
accords import csv "$work/ok.csv" --treaty abrahm > /dev/null 2> "$work/err"
[[ $? == 2 ]] && grep -q "did you mean" "$work/err" || fail "an unknown --treaty was not a usage error: $(cat "$work/err")"
accords import csv "$work/ok.csv" --treaty abraham > "$work/ok.yaml" || fail "a good table was refused"
grep -q 'parties: \[IL, AE\]' "$work/ok.yaml" || fail "names were not written as codes: $(cat "$work/ok.yaml")"
grep -q 'id: 2026-01-02-leaders-meet-2' "$work/ok.yaml" || fail "the second id was not numbered: $(cat "$work/ok.yaml")"
grep -q '^treaty: abraham-accords' "$work/ok.yaml" || fail "the alias was not written as the treaty's id"
exit $status
