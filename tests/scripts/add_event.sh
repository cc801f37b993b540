#!/usr/bin/env bash
# accords add: the event lands as the file's last event with every earlier byte kept, loads
# back field for field, and nothing is written on any error; permissions and links are kept;
# a new file is started; at a terminal the fields are asked for, with did-you-mean.
set -u
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
accords_today=2026-12-03 # the ACCORDS_TODAY of accords (lib.sh)
json_of() { # FILE FIELD ID: the event's field, as JSON
  accords -d "$1" list --format json | /usr/bin/python3 -c '
import json, sys
for event in json.load(sys.stdin):
    if event["id"] == sys.argv[2]:
        print(json.dumps(event[sys.argv[1]], ensure_ascii=False))' "$2" "$3"
}

file=$work/harbour.yaml
cp "$here/../e2e/fixtures/harbour/harbour.yaml" "$file"
chmod 640 "$file"
cp "$file" "$work/before.yaml"

# Every kind of awkward text, given by flags.
title='Norway & the UK accede: "lights" # on -- [sic]'
notes=$'First line: with a colon\n  indented second line\n'
out=$(accords add "$file" --date 2026-12-01 --type accession -c Norway -c UK --title "$title" \
  --source 'https://example.org/a,b?c=d#e' --source 'Minutes, p. 4' --place "Bergen's harbour" --notes "$notes" \
  --tag 'two words' --mediator dk 2>&1)
code=$?
id=hla-2026-12-01-norway-the-uk-accede-lights-on-sic
if [[ $code != 0 || $out != "$file:31: added $id" ]]; then
  fail "add printed '$out' with status $code"
fi
if ! cmp -s -n "$(stat -c %s "$work/before.yaml")" "$work/before.yaml" "$file"; then
  fail "the bytes the file held were not kept"
fi
[[ $(stat -c %a "$file") == 640 ]] || fail "the permissions became $(stat -c %a "$file")"
expect_field() { # FIELD JSON
  local got
  got=$(json_of "$file" "$1" "$id")
  [[ $got == "$2" ]] || fail "$1 loaded back as $got, expected $2"
}
expect_field title "$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$title")"
expect_field notes "$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$notes")"
expect_field parties '["NO", "GB"]'
expect_field mediators '["DK"]'
expect_field sources '["https://example.org/a,b?c=d#e", "Minutes, p. 4"]'
expect_field tags '["two words"]'
expect_field treaty '"harbour-accord"'
expect_field place "\"Bergen's harbour\""
grep -q '^    treaty:' "$file" && fail "the file's own treaty was written on the event"

# The same title again gets a numbered id.
out=$(accords add "$file" --date 2026-12-01 --type accession -c NO --title "$title" 2>&1)
[[ $out == *"added $id-2" ]] || fail "a second event with the same title got: $out"

# Nothing is written on any error, with the status each error has.
cp "$file" "$work/kept.yaml"
expect_refused() { # STATUS MESSAGE-PART ARGS...
  local want=$1 part=$2
  shift 2
  local err code
  err=$(accords add "$file" "$@" 2>&1 >/dev/null)
  code=$?
  [[ $code == "$want" ]] || fail "add $* gave status $code, expected $want: $err"
  [[ $err == *"$part"* ]] || fail "add $* said '$err', expected '$part'"
  cmp -s "$work/kept.yaml" "$file" || fail "add $* changed the file"
}
expect_refused 2 "did you mean" --date 2026 --type accesion -c NO --title x
expect_refused 2 "did you mean Norway (NO)" --date 2026 --type summit -c Norwy --title x
expect_refused 2 "month 13" --date 2026-13 --type summit -c NO --title x
expect_refused 2 "missing --party" --date 2026 --type summit --title x
expect_refused 1 "$file:" --date 2026 --type summit -c NO --title x --id hla-1999-06-14-accord-signed
expect_refused 1 "$file:" --date 2026 --end 2025 --type summit -c NO --title x
expect_refused 2 "unknown treaty" --date 2026 --type summit -c NO --title x --treaty nowhere
# Every text flag is written exactly as given: spaces at either end, and a title that is only
# an indicator with a space, load back as they were, as --notes always did.
show_field() { # ID FIELD: the field of the event as show --format json gives it
  accords -d "$file" show --format json "$1" | /usr/bin/python3 -c '
import json, sys
print(json.dumps(json.load(sys.stdin)[0][sys.argv[1]], ensure_ascii=False))' "$2"
}
cp "$work/kept.yaml" "$file"
for spaced in x1:'  Spaced  ':' lead' x2:'- ':$'\tTabbed\t' x3:'# ':'trailing '; do
  IFS=: read -r id title place <<< "$spaced"
  out=$(accords add "$file" --no-input --date 2021 --type summit -c IL --title "$title" --place "$place" \
    --notes "  kept  " --id "$id" 2>&1) || fail "add --title '$title' --place '$place' failed: $out"
  want=$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "$title" "$place" "  kept  ")
  got=$(/usr/bin/python3 -c 'import json,sys; print(json.dumps([json.loads(a) for a in sys.argv[1:]]))' \
    "$(show_field "$id" title)" "$(show_field "$id" place)" "$(show_field "$id" notes)")
  [[ $got == "$want" ]] || fail "title, place and notes given as $want loaded back as $got"
done
cp "$work/kept.yaml" "$file"

control='control character U+001B is not allowed: a text holds only printable characters, tabs and line breaks'
expect_refused 2 "--title: $control" --date 2026 --type summit -c NO --title $'\e[31mred'
expect_refused 2 "--place: ${control/001B/0001}" --date 2026 --type summit -c NO --title x --place $'a\x01'
expect_refused 2 "--notes: ${control/001B/0007}" --date 2026 --type summit -c NO --title x --notes $'Two\nlines \a'
expect_refused 2 "--source: ${control/001B/007F}" --date 2026 --type summit -c NO --title x --source $'https://a.example/\x7f'
expect_refused 2 "--tag: ${control/001B/009B}" --date 2026 --type summit -c NO --title x --tag $'\xc2\x9b'
expect_refused 2 "--id: ${control/001B/0008}" --date 2026 --type summit -c NO --title x --id $'x\b'
expect_refused 2 "--party: $control" --date 2026 --type summit -c $'N\eO' --title x
ls -A "$work" | grep -q '^\.harbour' && fail "a temporary file was left behind"

# --dry-run prints the event and writes nothing.
out=$(accords add "$file" --dry-run --date 2026 --type summit -c SE --title 'Dry run')
[[ $out == "- id: hla-2026-dry-run"* ]] || fail "--dry-run printed: $out"
cmp -s "$work/kept.yaml" "$file" || fail "--dry-run changed the file"

# A link is followed: the file it names is replaced, the link stays a link.
ln -s harbour.yaml "$work/link.yaml"
accords add "$work/link.yaml" --date 2026 --type summit -c SE --title 'Through a link' > /dev/null || fail "add through a link failed"
[[ -L $work/link.yaml ]] || fail "the link was replaced by a file"
grep -q 'Through a link' "$file" || fail "the linked file did not get the event"

# A new file, and a file whose events are written empty.
accords add "$work/new.yaml" --treaty lights --date 2026 --type summit -c SE --title 'First' -d "$file" -d "$work/new.yaml" \
  > /dev/null 2>"$work/err" || fail "starting a new file failed: $(cat "$work/err")"
printf 'schema: 2\ntreaty: harbour-accord\nevents: []\n' > "$work/empty.yaml"
accords -d "$file" -d "$work/empty.yaml" add "$work/empty.yaml" --date 2026 --type summit -c SE --title 'Into empty' > /dev/null ||
  fail "adding to events: [] failed"
accords -d "$file" -d "$work/new.yaml" -d "$work/empty.yaml" list --format tsv --fields title > "$work/titles" ||
  fail "the new file and the filled one do not load with the rest"
grep -qx 'First' "$work/titles" || fail "the event of the new file is not loaded"
grep -qx 'Into empty' "$work/titles" || fail "the event added to events: [] is not loaded"

# Without data paths, a treaty the file does not define is one of the built-in timelines: a new
# file of a built-in treaty (given by an alias: the file names its id), and a file with no
# treaty of its own.
out=$(accords add "$work/aa.yaml" --no-input --treaty abraham --date 2021 --type summit -c IL --title X 2>&1)
code=$?
[[ $code == 0 && $out == "$work/aa.yaml:4: added 2021-x" ]] ||
  fail "a new file of a built-in treaty: status $code, '$out'"
[[ $(head -3 "$work/aa.yaml" 2>/dev/null) == $'schema: 2\ntreaty: abraham-accords\nevents:' ]] ||
  fail "the new file does not name the built-in treaty: $(cat "$work/aa.yaml" 2>/dev/null)"
out=$(accords add "$work/aa.yaml" --no-input --date 2022 --type summit -c AE --title Y 2>&1) ||
  fail "adding to a file of a built-in treaty failed: $out"
printf 'schema: 2\nevents:\n' > "$work/bare.yaml"
out=$(accords add "$work/bare.yaml" --no-input --treaty i2u2 --date 2022 --type summit -c IN --title Z 2>&1) ||
  fail "a file with no treaty of its own, --treaty built-in: $out"
grep -q '^    treaty: i2u2$' "$work/bare.yaml" || fail "the event does not name its treaty: $(cat "$work/bare.yaml")"
err=$(accords add "$work/none.yaml" --no-input --treaty abrahm --date 2021 --type summit -c IL --title X 2>&1)
[[ $? == 2 && $err == *"unknown treaty 'abrahm' (did you mean 'abraham'"* ]] ||
  fail "a misspelt built-in treaty for a new file: $err"
[[ -e $work/none.yaml ]] && fail "a file was made for an unknown treaty"
# With data paths that define no treaty, the message says so rather than list none.
printf 'schema: 2\nevents:\n' > "$work/bare2.yaml"
err=$(accords -d "$work/bare2.yaml" add "$work/bare2.yaml" --no-input --treaty nowhere --date 2021 --type summit \
  -c IL --title X 2>&1)
[[ $? == 2 && $err == *"unknown treaty 'nowhere': the data loaded defines no treaty"* ]] ||
  fail "an unknown treaty with none loaded: $err"

# At a terminal, the fields are asked for; '?' lists the types, the beginning of one is taken for
# it, a wrong answer is asked again.
if script -qec true /dev/null > /dev/null 2>&1 < /dev/null; then
  cp "$work/kept.yaml" "$file"
  printf '2026-12-02\n?\nsumit\nsumm\nNorwy\nNorway\n\nAsked at a terminal\n' |
    script -qec "$(printf '%q ' env -i PATH="$PATH" LC_ALL=C.UTF-8 "$binary" add "$file")" /dev/null > "$work/terminal" 2>&1
  grep -q 'entry-into-force' "$work/terminal" || fail "'?' did not list the types"
  grep -q "did you mean 'summit'" "$work/terminal" || fail "a wrong type was not met with a suggestion"
  grep -q 'did you mean Norway (NO)' "$work/terminal" || fail "a wrong country was not met with a suggestion"
  [[ $(json_of "$file" parties hla-2026-12-02-asked-at-a-terminal) == '["NO"]' ]] ||
    fail "the answers did not make the event: $(tail -5 "$work/terminal")"
  [[ $(json_of "$file" type hla-2026-12-02-asked-at-a-terminal) == '"summit"' ]] ||
    fail "the beginning of a type was not completed to it: $(tail -5 "$work/terminal")"
else
  echo "SKIP (part): script(1) cannot make a pseudo-terminal here, so the questions are not tried"
  [[ $status == 0 ]] && status=77 # the rest passed, but not everything ran
fi
exit $status
