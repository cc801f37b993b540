#!/usr/bin/env bash
# accords fmt: on the built-in timelines, every fixture and 10^4 generated events (with
# comments and x- keys), what the files load to is the same before and after, a second fmt
# changes no byte, and no comment is lost; --check lists and exits 1; --diff writes nothing;
# --sort puts events in timeline order; a file with errors is left as it is.
set -u
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
repo=$here/../..
generator=${ACCORDS_GEN_TIMELINE:-$repo/bench/gen-timeline.py}
accords_today=2026-12-03 # the ACCORDS_TODAY of accords (lib.sh)
# What a folder loads to, as every command that shows all of it prints it.
loaded() {
  accords -d "$1" list --format json --fields id && accords -d "$1" treaties --format json &&
    accords -d "$1" members --format json --as-of 2026-12-03 && accords -d "$1" members --format json --as-of 2001-01-01
}
# The comments of every timeline file below a folder, sorted.
comments_of() {
  find "$1" -name '*.y*ml' -exec grep -ho '#.*' {} + | sed 's/[[:space:]]*$//' | sort
}

cp -r "$repo/timelines" "$work/builtin"
for fixture in "$repo"/tests/e2e/fixtures/*/; do
  cp -r "$fixture" "$work/fixture-$(basename "$fixture")"
done
/usr/bin/python3 "$generator" 10000 8 "$work/generated" > /dev/null || fail "the generator failed"

for data in "$work"/builtin "$work"/fixture-* "$work"/generated; do
  name=$(basename "$data")
  loaded "$data" > "$work/before.json" 2>&1
  comments_of "$data" > "$work/before.comments"
  if ! out=$(accords fmt "$data" 2>&1); then
    fail "$name: fmt failed: $(head -5 <<< "$out")"
    continue
  fi
  loaded "$data" > "$work/after.json" 2>&1
  cmp -s "$work/before.json" "$work/after.json" ||
    fail "$name: what the files load to changed: $(diff "$work/before.json" "$work/after.json" | head -6)"
  comments_of "$data" > "$work/after.comments"
  # A comment at the end of a line is written after two spaces: compare the text from '#' on.
  cmp -s "$work/before.comments" "$work/after.comments" ||
    fail "$name: comments changed: $(diff "$work/before.comments" "$work/after.comments" | head -6)"
  cp -r "$data" "$work/again"
  accords fmt "$work/again" > /dev/null 2>&1 || fail "$name: a second fmt failed"
  diff -r "$data" "$work/again" > /dev/null || fail "$name: a second fmt changed bytes: $(diff -r "$data" "$work/again" | head -6)"
  accords fmt --check "$data" > "$work/check" || fail "$name: fmt --check after fmt listed $(head -3 "$work/check")"
  rm -rf "$work/again"
done

# --check lists the files that would change and exits 1; --diff prints a diff; neither writes.
mkdir "$work/messy"
printf '# kept at the top\n\ntreaty: {id: t, name: T}\nevents:\n- {id: b, date: 2021, type: summit, parties: [NO], title: "B"}  # beside b\n# before a\n- {id: a, date: 2020-05, type: summit, parties: [IS, NO], title: A}\n' > "$work/messy/t.yaml"
chmod 604 "$work/messy/t.yaml"
cp "$work/messy/t.yaml" "$work/messy.orig"
out=$(accords fmt --check "$work/messy")
code=$?
[[ $code == 1 && $out == "$work/messy/t.yaml" ]] || fail "--check printed '$out' with status $code"
out=$(accords fmt --diff "$work/messy/t.yaml")
[[ $out == *"+  - id: a"* && $out == *"-- {id: b"* ]] || fail "--diff printed: $out"
cmp -s "$work/messy.orig" "$work/messy/t.yaml" || fail "--check or --diff wrote the file"

# --sort: timeline order, each event with its comments (one at the end of a line goes with the
# last key or item begun on that line, a flow mapping on one line being one item, written after
# its first key); the permissions are kept.
accords fmt --sort "$work/messy/t.yaml" || fail "fmt --sort failed"
expected='# kept at the top

treaty:
  id: t
  name: T
events:
  # before a
  - id: a
    date: 2020-05
    type: summit
    parties: [IS, NO]
    title: A

  - id: b  # beside b
    date: 2021
    type: summit
    parties: [NO]
    title: B'
[[ $(cat "$work/messy/t.yaml") == "$expected" ]] || fail "fmt --sort wrote: $(cat "$work/messy/t.yaml")"
[[ $(stat -c %a "$work/messy/t.yaml") == 604 ]] || fail "the permissions became $(stat -c %a "$work/messy/t.yaml")"

# Standard input to standard output.
out=$(printf 'treaty: t\nevents: [{id: x, date: 2020, type: other, parties: [NO], title: "x: y"}]\n' | accords fmt -)
[[ $out == $'treaty: t\nevents:\n  - id: x\n    date: 2020\n    type: other\n    parties: [NO]\n    title: "x: y"' ]] ||
  fail "fmt - printed: $out"

# A file with an error is reported and left as it is, and the status is 1.
printf 'treaty: t\nevents:\n  - {id: x, date: 2020-13, type: other, parties: [NO], title: x}\n' > "$work/bad.yaml"
cp "$work/bad.yaml" "$work/bad.orig"
err=$(accords fmt "$work/bad.yaml" 2>&1)
code=$?
[[ $code == 1 && $err == *"bad.yaml:3:"*"error:"* ]] || fail "a bad file gave status $code: $err"
cmp -s "$work/bad.yaml" "$work/bad.orig" || fail "a file with errors was rewritten"
accords fmt > /dev/null 2>&1
[[ $? == 2 ]] || fail "fmt with no PATH and no data paths is not a usage error"
exit $status
