#!/usr/bin/env bash
# Runs one end-to-end case: the accords binary on a fixture folder, comparing stdout, stderr
# and the exit status with what the folder expects.
#
# A case folder holds:
#   args             the arguments, one per line (required; may be empty)
#   env              optional KEY=VALUE lines added to a clean environment
#   stdin            optional standard input (else /dev/null)
#   input/           optional files; the run's working directory is the case folder, so
#                    arguments name them as input/...
#   expected.stdout  expected standard output (missing means empty)
#   expected.stderr  expected standard error (missing means empty)
#   expected.status  expected exit status (missing means 0)
# Set ACCORDS_E2E_UPDATE=1 to write the actual results as the expectations instead.
set -u
binary=$1
case_dir=$2
cd "$case_dir" || exit 99

args=()
if [[ -f args ]]; then
  while IFS= read -r line || [[ -n $line ]]; do args+=("$line"); done < args
fi
environment=(PATH="$PATH" HOME=/nonexistent LC_ALL=C.UTF-8 ACCORDS_TODAY=2026-11-26)
if [[ -f env ]]; then
  while IFS= read -r line || [[ -n $line ]]; do [[ -n $line ]] && environment+=("$line"); done < env
fi
stdin_file=/dev/null
[[ -f stdin ]] && stdin_file=stdin

actual_dir=$(mktemp -d)
trap 'rm -rf "$actual_dir"' EXIT
env -i "${environment[@]}" "$binary" "${args[@]}" < "$stdin_file" > "$actual_dir/stdout" 2> "$actual_dir/stderr"
echo $? > "$actual_dir/status"

if [[ ${ACCORDS_E2E_UPDATE:-} == 1 ]]; then
  cp "$actual_dir/stdout" expected.stdout
  cp "$actual_dir/stderr" expected.stderr
  cp "$actual_dir/status" expected.status
  [[ -s expected.stdout ]] || rm -f expected.stdout
  [[ -s expected.stderr ]] || rm -f expected.stderr
  [[ $(cat expected.status) == 0 ]] && rm -f expected.status
  exit 0
fi

failed=0
compare() { # name expected-file actual-file
  local expected=$2
  [[ -f $expected ]] || expected=/dev/null
  if ! diff -u --label "expected $1" --label "actual $1" "$expected" "$3"; then failed=1; fi
}
compare stdout expected.stdout "$actual_dir/stdout"
compare stderr expected.stderr "$actual_dir/stderr"
expected_status=0
[[ -f expected.status ]] && expected_status=$(cat expected.status)
if [[ $(cat "$actual_dir/status") != "$expected_status" ]]; then
  echo "exit status: expected $expected_status, got $(cat "$actual_dir/status")"
  failed=1
fi
exit $failed
