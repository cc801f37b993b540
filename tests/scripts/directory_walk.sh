#!/usr/bin/env bash
# A data directory is walked for regular timeline files only: a FIFO or a socket named *.yaml
# inside it is skipped with a warning instead of blocking the walk (a FIFO given as a path of
# its own is still read, as cat(1) reads it); .YAML and .YML count as timeline files; a
# directory without a timeline file is a warning, and `list` still exits 0.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
export ACCORDS_CACHE_DIR=$work/cache ACCORDS_TODAY=2026-12-03

mkdir -p "$work/data/sub" "$work/empty/nested"
printf 'schema: 1\ntreaty: {id: t, name: T}\n' > "$work/data/treaty.YAML"
printf 'schema: 1\ntreaty: t\nevents:\n  - {id: e1, date: 2020, type: summit, parties: [NO], title: One}\n' \
  > "$work/data/sub/events.Yml"
printf 'ignored\n' > "$work/data/notes.txt"
mkfifo "$work/data/pipe.yaml"
/usr/bin/python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$work/data/sock.yml"

timeout 10 "$binary" -d "$work/data" list > "$work/stdout" 2> "$work/stderr"
code=$?
[[ $code == 0 ]] || fail "list over a directory with a FIFO and a socket exited with $code (124 means it hung)"
grep -q $'^e1\t2020' "$work/stdout" || fail "the event of sub/events.Yml was not listed: $(cat "$work/stdout")"
grep -qx "accords: warning: skipped '$work/data/pipe.yaml': a FIFO, not a regular file" "$work/stderr" ||
  fail "no warning for the FIFO: $(cat "$work/stderr")"
grep -qx "accords: warning: skipped '$work/data/sock.yml': a socket, not a regular file" "$work/stderr" ||
  fail "no warning for the socket: $(cat "$work/stderr")"
[[ $(wc -l < "$work/stderr") == 2 ]] || fail "unexpected standard error: $(cat "$work/stderr")"

timeout 10 "$binary" check "$work/data" > "$work/stdout" 2> "$work/stderr"
code=$?
[[ $code == 0 ]] || fail "check over the directory exited with $code"
grep -qx "2 files, 1 event: 0 errors, 3 warnings" "$work/stdout" ||
  fail "check counts the skipped files as warnings: $(cat "$work/stdout")"

timeout 10 "$binary" -d "$work/empty" list > "$work/stdout" 2> "$work/stderr"
code=$?
[[ $code == 0 ]] || fail "list over a directory without timeline files exited with $code"
[[ ! -s $work/stdout ]] || fail "list over an empty directory printed: $(cat "$work/stdout")"
grep -qx "accords: warning: no timeline file (\*.yaml, \*.yml) in '$work/empty'" "$work/stderr" ||
  fail "no warning for the empty directory: $(cat "$work/stderr")"
timeout 10 "$binary" check "$work/empty" > "$work/stdout" 2> /dev/null
grep -qx "0 files, 0 events: 0 errors, 1 warning" "$work/stdout" || fail "check of an empty directory: $(cat "$work/stdout")"

# A FIFO given as a path of its own is read like a file, once a writer writes.
(sleep 1; printf 'schema: 1\ntreaty: {id: t, name: T}\nevents:\n  - {id: e1, date: 2020, type: summit, parties: [NO], title: One}\n' \
  > "$work/data/pipe.yaml") &
timeout 10 "$binary" -d "$work/data/pipe.yaml" list > "$work/stdout" 2> "$work/stderr"
code=$?
wait
[[ $code == 0 ]] || fail "list of a FIFO given as a path exited with $code: $(cat "$work/stderr")"
grep -q $'^e1\t2020' "$work/stdout" || fail "the FIFO given as a path was not read: $(cat "$work/stdout")"
exit $status
