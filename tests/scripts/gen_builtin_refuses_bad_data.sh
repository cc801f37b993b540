#!/usr/bin/env bash
# The generator of the built-in data (tools/gen_builtin.cpp) embeds the timelines only when
# they load without a diagnostic: a repeated event id or a YAML error fails the build with
# the diagnostic, and no source is written.
set -u
source "$(dirname "$0")/lib.sh"
generator="$(cd "$(dirname "$binary")" && pwd)/accords_gen_builtin"
timelines="$(cd "$(dirname "$0")/../../timelines" && pwd)"

# expect DESCRIPTION STATUS [PATTERN]: the last run exited with STATUS and its standard error
# matches PATTERN (grep -E), or is empty without one; with a nonzero status, no source was
# written.
expect() {
  local description=$1 want_status=$2 pattern=${3:-}
  local error_ok=1
  if [[ -n $pattern ]]; then
    grep -Eq "$pattern" "$work/err" || error_ok=0
  else
    [[ ! -s $work/err ]] || error_ok=0
  fi
  if [[ $code != "$want_status" ]] || ((!error_ok)); then
    echo "$description: status $code (expected $want_status), standard error:"
    cat "$work/err"
    status=1
  fi
  if [[ $want_status != 0 && -e $work/out.cpp ]]; then
    echo "$description: a source was written all the same"
    status=1
  fi
}

run() { # folder
  rm -f "$work/out.cpp"
  "$generator" "$1" "$work/out.cpp" 2> "$work/err"
  code=$?
}

cp -r "$timelines" "$work/good"
run "$work/good"
expect "the project's timelines" 0
if ! grep -q 'builtin_loaded()' "$work/out.cpp" 2> /dev/null; then
  echo "the project's timelines: the source has no loaded timelines"
  status=1
fi

cp -r "$timelines" "$work/repeated"
first=$(find "$work/repeated" -name '*.yaml' | sort | while read -r file; do
  grep -q '^  - id:' "$file" && echo "$file" && break
done)
cp "$first" "${first%.yaml}-again.yaml"
run "$work/repeated"
expect "a repeated event id" 1 "must load without diagnostics"
grep -Eq "\.yaml:[0-9]+:[0-9]+: error: duplicate event id .*again\.yaml" "$work/err" || {
  echo "a repeated event id: not named with its place"
  status=1
}

cp -r "$timelines" "$work/broken"
printf 'events:\n  - id: [unclosed\n' > "$work/broken/abraham-accords/broken.yaml"
run "$work/broken"
expect "a YAML error" 1 "broken.yaml:[0-9]+:[0-9]+: error"

exit $status
