#!/usr/bin/env bash
# Output that goes wrong or is unusual (cli.md "Exit status and errors"): a reader that
# goes away, a full disk, a closed standard output, very narrow and very wide terminals,
# TERM=dumb and a non-UTF-8 locale. None may crash accords.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
fixtures="$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)"
run() { # accords with a clean environment; extra VAR=value words first, then --
  local vars=()
  while [[ $1 != -- ]]; do
    vars+=("$1")
    shift
  done
  shift
  timeout 20 env -i PATH="$PATH" LC_ALL=C.UTF-8 ACCORDS_TODAY=2026-11-26 "${vars[@]}" "$binary" "$@"
}
data=(--data "$fixtures/fisheries" --data "$fixtures/harbour")

# A reader that goes away: status 0, nothing on standard error.
run -- list "${data[@]}" 2> "$work/err" | head -1 > /dev/null
code=${PIPESTATUS[0]}
[[ $code == 0 ]] || fail "closed pipe: status $code, expected 0"
[[ ! -s $work/err ]] || fail "closed pipe: standard error: $(cat "$work/err")"

# A full disk: status 1 and the exact message.
if [[ -w /dev/full ]]; then
  err=$(run -- list "${data[@]}" 2>&1 > /dev/full)
  code=$?
  [[ $code == 1 ]] || fail "/dev/full: status $code, expected 1"
  [[ $err == "accords: error: cannot write to standard output: No space left on device" ]] ||
    fail "/dev/full: standard error was: $err"
fi

# A closed standard output: status 1 and one clear message, no crash.
err=$(run -- list "${data[@]}" 2>&1 >&-)
code=$?
[[ $code == 1 ]] || fail "closed stdout: status $code, expected 1"
[[ $err == "accords: error: cannot write to standard output: "* ]] || fail "closed stdout: standard error was: $err"

# Terminal widths: the table fits when it can, and never crashes.
for columns in 10 1000; do
  run COLUMNS=$columns -- list "${data[@]}" --format table > "$work/table" 2> "$work/err"
  code=$?
  [[ $code == 0 ]] || fail "COLUMNS=$columns: status $code: $(cat "$work/err")"
  [[ -s $work/table ]] || fail "COLUMNS=$columns: no output"
  widest=$(LC_ALL=C.UTF-8 awk '{ if (length($0) > w) w = length($0) } END { print w + 0 }' "$work/table")
  echo "COLUMNS=$columns: widest line $widest"
  if [[ $columns == 1000 && $widest -gt 1000 ]]; then
    fail "COLUMNS=1000: a line is $widest columns wide"
  fi
done

# TERM=dumb and no CLICOLOR_FORCE: no escape codes, whatever --color auto decides.
run TERM=dumb -- list "${data[@]}" --format table --color auto > "$work/dumb" 2>&1
code=$?
[[ $code == 0 ]] || fail "TERM=dumb: status $code"
if grep -q $'\e' "$work/dumb"; then
  fail "TERM=dumb: escape codes in the output"
fi

# A non-UTF-8 locale changes nothing in the output.
for format in table tsv json; do
  run -- list "${data[@]}" --format $format > "$work/utf8" 2>&1
  run LC_ALL=C LANG=C -- list "${data[@]}" --format $format > "$work/c" 2>&1
  cmp -s "$work/utf8" "$work/c" || fail "LC_ALL=C: --format $format output differs from LC_ALL=C.UTF-8"
done
exit $status
