#!/usr/bin/env bash
# `accords diff` of the built-in timelines' files against a copy of them is equal (exit 0,
# every format); the copy with one title edited differs (exit 1) in that event alone.
set -u
source "$(dirname "$0")/lib.sh"
timelines="$(cd "$(dirname "$0")/../../timelines" && pwd)"
export ACCORDS_TODAY=2026-11-26 LC_ALL=C.UTF-8
cp -r "$timelines" "$work/copy"
for format in text json markdown; do
  out=$("$binary" diff --format "$format" "$timelines" "$work/copy")
  code=$?
  [[ $code == 0 ]] || { echo "FAIL: $format: exit status $code, expected 0"; status=1; }
done
out=$("$binary" diff "$timelines" "$work/copy")
[[ $out == *"(no differences)"* ]] || { echo "FAIL: no '(no differences)' in: $out"; status=1; }

file=$(grep -rl 'id: aa-2020-09-15-white-house-signing' "$work/copy" | head -1)
python3 - "$file" << 'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
# The title of the first event after the White House signing's id, edited in place.
start = text.index("id: aa-2020-09-15-white-house-signing")
match = re.compile(r"(\n\s+title: )(.*)").search(text, start)
text = text[: match.start(2)] + "Edited " + text[match.start(2) :]
open(path, "w", encoding="utf-8").write(text)
PY
out=$("$binary" diff --format json "$timelines" "$work/copy")
code=$?
[[ $code == 1 ]] || { echo "FAIL: edited copy: exit status $code, expected 1"; status=1; }
if ! python3 - "$out" << 'PY'; then
import json, sys
diff = json.loads(sys.argv[1])
changed = diff["changed"]
ok = (not diff["equal"] and not diff["added"] and not diff["removed"] and not diff["members"]
      and len(changed) == 1 and changed[0]["id"] == "aa-2020-09-15-white-house-signing"
      and [f["field"] for f in changed[0]["fields"]] == ["title"]
      and changed[0]["fields"][0]["new"] == "Edited " + changed[0]["fields"][0]["old"])
sys.exit(0 if ok else 1)
PY
  echo "FAIL: the edited copy's diff is not the one title: $out"
  status=1
fi
exit $status
