#!/usr/bin/env bash
# Hostile input (cli.md "Exit status and errors": no input crashes accords, hangs it or
# makes it use memory far beyond its size; accords-timeline(5) LIMITS). Each case runs
# under `timeout` and /usr/bin/time, checks the exit status and a message on standard
# error, and bounds the processor time (user and system, which other processes running at
# the same time do not lengthen, as they do the wall-clock time) and the peak resident
# memory. A run that takes 60 s of wall-clock time has hung. The big inputs are generated
# into a temporary folder, never committed.
set -u
source "$(dirname "$0")/lib.sh"
if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time is missing (Debian package 'time'): install it with scripts/install-deps"
  exit 1
fi
writer=""
# shellcheck disable=SC2016 # expanded on exit
on_exit '[[ -n $writer ]] && kill "$writer" 2>/dev/null'

# AddressSanitizer keeps freed memory in quarantine, adds shadow memory and checks every
# access: a binary built with it gets four times the memory and time bounds (ctest sets
# ACCORDS_TEST_SANITIZED=1 in a sanitizer build; gcc's ASan also shows in ldd).
memory_factor=1
time_factor=1
if [[ ${ACCORDS_TEST_SANITIZED:-0} == 1 ]] || ldd "$binary" 2> /dev/null | grep -q libasan; then
  memory_factor=4
  time_factor=4
fi

# check NAME STATUS PATTERN MAX_SECONDS MAX_KIB ARGS...: runs `accords $subcommand ARGS...`
# (default `list`) with standard input from $stdin (default /dev/null).
check() {
  local name=$1 expected=$2 pattern=$3 max_seconds=$(($4 * time_factor)) max_kib=$(($5 * memory_factor))
  shift 5
  timeout 60 /usr/bin/time -f '%U %S %M' -o "$work/time" \
    env -i PATH="$PATH" LC_ALL=C.UTF-8 ACCORDS_TODAY=2026-11-26 "$binary" "${subcommand:-list}" "$@" \
    > "$work/stdout" 2> "$work/stderr" < "${stdin:-/dev/null}"
  local code=$?
  local seconds=? kib=? user system
  if [[ -s $work/time ]]; then
    read -r user system kib < <(tail -1 "$work/time")
    seconds=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  fi
  printf '%-28s status %3s  %6ss CPU  %8s KiB\n' "$name" "$code" "$seconds" "$kib"
  if [[ $code == 124 ]]; then
    echo "  $name: timed out after 60 seconds"
    status=1
    return
  fi
  if [[ $code != "$expected" ]]; then
    echo "  $name: exit status $code, expected $expected"
    status=1
  fi
  if [[ -n $pattern ]] && ! grep -qE -- "$pattern" "$work/stderr"; then
    echo "  $name: standard error does not match /$pattern/:"
    head -c 2000 "$work/stderr"
    status=1
  fi
  if [[ $seconds != ? ]] && awk -v s="$seconds" -v m="$max_seconds" 'BEGIN { exit !(s > m) }'; then
    echo "  $name: took ${seconds}s of processor time, more than ${max_seconds}s"
    status=1
  fi
  if [[ $kib != ? && $kib -gt $max_kib ]]; then
    echo "  $name: peak memory ${kib} KiB, more than ${max_kib} KiB"
    status=1
  fi
}

valid_file() { # a small valid timeline, treaty id $1
  printf 'schema: 1\ntreaty:\n  id: %s\n  name: Hostile Pact\nevents:\n' "$1"
  printf '  - id: %s-1\n    date: 2001-02-03\n    type: signing\n    parties: [NO, IS]\n' "$1"
  printf '    title: Signed\n'
}

# Nesting: yaml-cpp recurses per level; accords stops at 64 levels.
head -c 100000 /dev/zero | tr '\0' '[' > "$work/deep.yaml"
check "deep nesting [[[ 100k" 1 'deep.yaml:1:[0-9]+: error: sequences and mappings are nested more than 64 levels deep' 5 100000 --data "$work/deep.yaml"
{
  printf 'schema: 1\nevents:\n'
  for ((i = 0; i < 70; i++)); do printf '%*s- \n' $((i * 2 + 2)) ''; done
} > "$work/deep-block.yaml"
check "deep block nesting" 1 'nested more than 64 levels' 5 100000 --data "$work/deep-block.yaml"

# "Billion laughs": anchors and aliases are rejected, never expanded.
{
  echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  for x in b c d e f g h i; do
    prev=$(printf '%s' "$x" | tr 'b-i' 'a-h')
    echo "$x: &$x [*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev]"
  done
} > "$work/laughs.yaml"
check "billion laughs" 1 'YAML (anchors|aliases) are not supported' 5 100000 --data "$work/laughs.yaml"

# Random bytes (fixed seed: the same bytes every run), invalid UTF-8, NUL bytes.
awk 'BEGIN { srand(42); for (i = 0; i < 65536; i++) printf "%c", int(rand() * 256) }' LC_ALL=C > "$work/random.yaml"
check "random bytes" 1 'random.yaml:[0-9]+:[0-9]+: error: ' 5 100000 --data "$work/random.yaml"
printf 'schema: 1\ntreaty: caf\xe9\n' > "$work/latin1.yaml"
check "invalid UTF-8" 1 'latin1.yaml:2:12: error: invalid UTF-8 \(byte 0xe9\)' 5 100000 --data "$work/latin1.yaml"
printf 's\0c\0h\0e\0m\0a\0' > "$work/nul.yaml"
check "NUL bytes" 1 'nul.yaml:1:2: error: NUL byte' 5 100000 --data "$work/nul.yaml"

# A 100 MB one-line value: rejected by one scan of the bytes, before yaml-cpp copies it.
{
  printf 'schema: 1\ntreaty: '
  head -c 100000000 /dev/zero | tr '\0' 'x'
  printf '\n'
} > "$work/long.yaml"
check "100 MB one-line value" 1 'long.yaml:2:1: error: line 2 is longer than the 1 MiB limit' 10 300000 \
  --data "$work/long.yaml"
# A value just under the limit on many lines (a folded block scalar) is refused too.
{
  printf 'schema: 1\ntreaty: >\n'
  for ((i = 0; i < 2200; i++)); do printf '  %0500d\n' 0; done
} > "$work/long-block.yaml"
check "1.1 MB block value" 1 'long-block.yaml:2:9: error: this value is longer than the 1 MiB limit' 10 200000 \
  --data "$work/long-block.yaml"

# Very long names: "did you mean" compares names, at a cost of the product of their lengths;
# a 300,000-character treaty id and an undefined reference as long must not take minutes.
long_id=$(head -c 300000 /dev/zero | tr '\0' 'a')
{
  valid_file "$long_id"
  printf '  - id: other\n    treaty: %sb\n    date: 2001\n    type: other\n    parties: [NO]\n' "$long_id"
  printf '    title: T\n'
} > "$work/long-names.yaml"
check "300k-character names" 1 "long-names.yaml:[0-9]+:[0-9]+: error: undefined treaty 'a+b'\$" 5 100000 \
  --data "$work/long-names.yaml"

# Line ends and byte order marks that must load fine.
valid_file crlf-pact | sed 's/$/\r/' > "$work/crlf.yaml"
check "CRLF line ends" 0 '' 5 100000 --data "$work/crlf.yaml"
{ printf '\xef\xbb\xbf'; valid_file bom-pact; } > "$work/bom.yaml"
check "UTF-8 byte order mark" 0 '' 5 100000 --data "$work/bom.yaml"
: > "$work/empty.yaml"
check "empty file" 1 'empty.yaml:1:1: error: the file is empty' 5 100000 --data "$work/empty.yaml"

# A directory holding something that cannot be read. chmod 000 does not stop root (the
# tests may run as root), so the unreadable entries are a dangling symbolic link and a
# directory named like a timeline file (which is searched, not read).
mkdir -p "$work/dangling" "$work/dirfile/x.yaml"
valid_file dangling-pact > "$work/dangling/good.yaml"
ln -s "$work/nowhere.yaml" "$work/dangling/gone.yaml"
check "dangling symlink in a dir" 1 "cannot read '.*/dangling/gone.yaml': No such file or directory" 5 100000 \
  --data "$work/dangling"
valid_file dirfile-pact > "$work/dirfile/good.yaml"
check "directory named x.yaml" 0 '' 5 100000 --data "$work/dirfile"

# Symbolic link loops: a folder linking to its parent is not followed; a file linking to
# itself is reported.
mkdir -p "$work/loop/sub"
valid_file loop-pact > "$work/loop/good.yaml"
ln -s .. "$work/loop/sub/up"
check "directory symlink loop" 0 '' 5 100000 --data "$work/loop"
ln -s self.yaml "$work/loop/self.yaml"
check "file symlink loop" 1 "cannot read '.*/loop/self.yaml': Too many levels of symbolic links" 5 100000 \
  --data "$work/loop"

# Endless streams: /dev/zero stops at the first chunk (a NUL byte); a FIFO fed forever
# stops at the 1 GiB limit, holding at most that much.
check "/dev/zero" 1 '/dev/zero:1:1: error: NUL byte' 5 100000 --data /dev/zero
stdin=/dev/zero check "/dev/zero as standard input" 1 '<stdin>:1:1: error: NUL byte' 5 100000 --data -
mkfifo "$work/fifo"
(yes 'x' > "$work/fifo" 2>/dev/null) &
writer=$!
check "endless FIFO" 1 "cannot read '.*/fifo': larger than the 1 GiB limit" 15 1200000 --data "$work/fifo"
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
writer=""

# The same file twice is read twice: its ids are reported as duplicates (documented in
# accords-timeline(5)).
valid_file twice-pact > "$work/twice.yaml"
check "same file twice" 1 "twice.yaml:3:3: error: duplicate treaty id 'twice-pact' \(first defined at .*twice.yaml:3:3\)" \
  5 100000 --data "$work/twice.yaml" --data "$work/twice.yaml"

# Many small files (a folder of hundreds of treaties' tables): each costs about its size,
# not a fixed buffer (a 1 MiB read buffer kept per file once made 2000 files take 2 GB).
mkdir -p "$work/small-files"
for ((i = 0; i < 2000; i++)); do valid_file "small-$i" > "$work/small-files/small-$i.yaml"; done
check "2000 small files" 0 '' 10 60000 --data "$work/small-files" --since 2001

# A million problems: 200000 events `- {}`, each missing its 5 required keys. Only the
# first 1000 (limits::max_diagnostics) are stored and printed, the rest are counted: the
# list ends with how many more there are, check's summary and JSON count them all, and
# memory and output stay those of a thousand problems.
{
  printf 'schema: 1\ntreaty:\n  id: many-pact\n  name: Many Problems Pact\nevents:\n'
  yes '  - {}' | head -n 200000
} > "$work/many.yaml"
many_tail='accords: error: 999000 more problems not shown \(999000 errors, 0 warnings\): only the first 1000 found are listed'
# expect_many NAME: the last run printed exactly 1000 diagnostic lines, then the line above.
expect_many() {
  local listed
  listed=$(grep -cE '^[^ ].*:[0-9]+:[0-9]+: (error|warning): ' "$work/stderr")
  if [[ $listed != 1000 ]]; then
    echo "  $1: $listed diagnostic lines on standard error, expected 1000"
    status=1
  fi
  if ! tail -1 "$work/stderr" | grep -qE "^$many_tail\$"; then
    echo "  $1: the last line of standard error is not the 'not shown' line:"
    tail -1 "$work/stderr" | head -c 500
    status=1
  fi
  if [[ $(wc -l < "$work/stderr") != 1001 ]]; then
    echo "  $1: $(wc -l < "$work/stderr") lines on standard error, expected 1001"
    status=1
  fi
}
subcommand=check check "1M problems: check" 1 "$many_tail" 5 100000 "$work/many.yaml"
expect_many "1M problems: check"
if [[ $(cat "$work/stdout") != "1 file, 0 events: 1000000 errors, 0 warnings" ]]; then
  echo "  1M problems: check: summary line is '$(head -c 500 "$work/stdout")'"
  status=1
fi
check "1M problems: list" 1 "$many_tail" 5 100000 --data "$work/many.yaml"
expect_many "1M problems: list"
if [[ -s $work/stdout ]]; then
  echo "  1M problems: list: printed something on standard output"
  status=1
fi
subcommand=check check "1M problems: check json" 1 '' 5 100000 --format json "$work/many.yaml"
if [[ -s $work/stderr ]]; then
  echo "  1M problems: check json: printed on standard error:"
  head -c 500 "$work/stderr"
  status=1
fi
if ! python3 -c '
import json, sys
o = json.load(sys.stdin)
assert (o["files"], o["events"], o["errors"], o["warnings"]) == (1, 0, 1000000, 0), o
assert len(o["problems"]) == 1000, len(o["problems"])
assert o["unlisted"] == 999000, o["unlisted"]
' < "$work/stdout"; then
  echo "  1M problems: check json: wrong counts"
  status=1
fi

exit $status
