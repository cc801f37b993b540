#!/usr/bin/env bash
# `accords diff` reads git:REV[:PATH] through git: a file or a directory at a revision, the
# whole tree at a revision, paths relative to the current directory with ./, diagnostics
# named git:REV:PATH, and git's failures (unknown revision, missing path, no repository) as
# trouble, exit 2. A revision that starts with '-' is refused before git runs, so it can
# never be read as one of git's options.
set -u
source "$(dirname "$0")/lib.sh"
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fixtures="$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)"
if ! command -v git > /dev/null; then
  echo "git is not installed (scripts/install-deps installs it)"
  exit 1
fi
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.org GIT_COMMITTER_NAME=Tester
export GIT_COMMITTER_EMAIL=tester@example.org GIT_CONFIG_NOSYSTEM=1 HOME="$work" GIT_CEILING_DIRECTORIES="$work"
export ACCORDS_TODAY=2026-11-26 LC_ALL=C.UTF-8 NO_COLOR=1
# run DESCRIPTION EXPECTED-STATUS ARGS...: runs accords, keeping its output in $out and $err.
run() {
  local description=$1 expected=$2
  shift 2
  out=$("$binary" --no-pager "$@" 2> "$work/stderr")
  local code=$?
  err=$(cat "$work/stderr")
  if [[ $code != "$expected" ]]; then
    fail "$description: exit status $code, expected $expected; stderr: $err"
  fi
}
contains() { # description, text, what it must hold
  [[ $2 == *"$3"* ]] || fail "$1: no '$3' in: $2"
}

repo=$work/repo
mkdir -p "$repo/timelines"
cd "$repo" || exit 1
git -c init.defaultBranch=main init -q
cp "$fixtures"/fisheries/* timelines/
cp "$fixtures"/harbour/harbour.yaml file.yaml
printf 'not: [a timeline\n' > timelines/.hidden.yaml # hidden: never read, or it would fail
git add -A && git commit -qm "first"
cp "$fixtures"/nfc-revised/* timelines/
sed -i 's/Harbour Lights Accord signed in Copenhagen/Harbour Lights Accord signed at Copenhagen/' file.yaml
git add -A && git commit -qm "second"

run "a file at HEAD against the same file" 0 diff git:HEAD:file.yaml file.yaml
contains "equal file" "$out" "(no differences)"
sed -i 's/signed at Copenhagen/signed in Helsingør/' file.yaml
run "a file at HEAD against its edited copy" 1 diff git:HEAD:file.yaml file.yaml
contains "edited file" "$out" "~ 1999-06-14  hla-1999-06-14-accord-signed"
contains "edited file" "$out" "title: Harbour Lights Accord signed at Copenhagen → Harbour Lights Accord signed in Helsingør"
git checkout -q file.yaml

run "the previous commit's tree against HEAD's" 1 diff git:HEAD~1 git:HEAD
contains "whole trees" "$out" "+ 2024-03-05  nfc-2024-03-05-sweden-accedes"
contains "whole trees" "$out" "- 2000  nfc-2000-secretariat-year"
contains "whole trees" "$out" "~ 1999-06-14  hla-1999-06-14-accord-signed"

run "a directory at a revision against the files it was made of" 0 diff git:HEAD~1:timelines "$fixtures/fisheries"
run "a directory at HEAD against the files it was made of" 0 diff "$fixtures/nfc-revised" git:HEAD:timelines/
run "a directory across revisions, json" 1 diff --format json git:HEAD~1:timelines git:HEAD:timelines
from_git=$out
run "the same directories on disk, json" 1 diff --format json "$fixtures/fisheries" "$fixtures/nfc-revised"
if ! python3 - "$from_git" "$out" << 'PY'; then
import json, sys
a, b = (json.loads(text) for text in sys.argv[1:3])
for side in (a, b):
    del side["old"], side["new"]
sys.exit(0 if a == b and not a["equal"] and a["added"] and a["removed"] and a["changed"] and a["members"] else 1)
PY
  fail "git:HEAD~1:timelines against git:HEAD:timelines differs from the same files on disk"
fi

cd timelines || exit 1
run "a path relative to the current directory with ./" 0 diff git:HEAD~1:./ "$fixtures/fisheries"
run "a file relative to the current directory with ./" 0 diff git:HEAD:./compact.yaml git:HEAD:timelines/compact.yaml
cd "$repo" || exit 1

run "a file whose treaty is defined in another file" 2 diff git:HEAD:timelines/events.yml timelines
contains "diagnostic named after the revision" "$err" "git:HEAD:timelines/events.yml:"
contains "diagnostic named after the revision" "$err" ": error: "
[[ -z $out ]] || fail "an invalid side printed on standard output: $out"

run "an unknown revision" 2 diff git:no-such-revision:timelines timelines
contains "unknown revision" "$err" "accords: error: cannot read 'git:no-such-revision:timelines': "
contains "unknown revision" "$err" "no-such-revision"
[[ -z $out ]] || fail "an unknown revision printed on standard output: $out"
run "a path missing at the revision" 2 diff git:HEAD~1:nothing.yaml timelines
contains "missing path" "$err" "path 'nothing.yaml' does not exist in 'HEAD~1'"

run "a revision that looks like an option" 2 diff "git:--output=$work/written:file.yaml" file.yaml
contains "option-like revision" "$err" "a revision cannot start with '-'"
[[ ! -e $work/written ]] || fail "a revision starting with '-' wrote $work/written"
run "a revision with shell syntax" 2 diff "git:HEAD;touch $work/touched:file.yaml" file.yaml
[[ ! -e $work/touched ]] || fail "a revision's shell syntax ran: $work/touched exists"
run "an empty revision" 2 diff git::file.yaml file.yaml
contains "empty revision" "$err" "a revision is needed"

mkdir "$work/elsewhere"
cd "$work/elsewhere" || exit 1
run "outside a repository" 2 diff git:HEAD:file.yaml "$repo/file.yaml"
contains "no repository" "$err" "not a git repository"
exit $status
