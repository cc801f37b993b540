# shellcheck shell=bash disable=SC2034 # the variables set here are the scripts' to use
# What the script tests share. A test sources it first thing after `set -u`:
#   source "$(dirname "$0")/lib.sh"
# It is not a test of its own: tests/CMakeLists.txt leaves it out.

# The binary under test: the first argument, as ctest gives it.
binary=${1:?usage: bash $0 /path/to/accords}

# A temporary folder of the test's own, removed on exit.
work=$(mktemp -d)
# shellcheck disable=SC2016 # $work is expanded when the trap runs
exit_commands='rm -rf "$work"'
trap -- "$exit_commands" EXIT

# on_exit COMMAND: runs COMMAND on exit too, before the commands added earlier and before
# $work is removed (to stop a background process, say).
on_exit() {
  exit_commands=$1$'\n'$exit_commands
  trap -- "$exit_commands" EXIT
}

# The test's exit status: end with `exit $status`.
status=0

# fail MESSAGE...: prints "FAIL: MESSAGE" and sets status=1; the test goes on. A test that
# prints its messages bare sets fail_prefix=''.
fail_prefix='FAIL: '
fail() {
  echo "$fail_prefix$*"
  status=1
}

# skip REASON...: prints "SKIP: REASON" and exits 77, which ctest counts as skipped.
skip() {
  echo "SKIP: $*"
  exit 77
}

# accords [VAR=VALUE...] ARG...: runs the binary under test, "$binary" ARG..., with nothing in
# its environment but PATH, LC_ALL=C.UTF-8, ACCORDS_TODAY=$accords_today and the VAR=VALUEs
# given, which replace those of the same name. A test pins another day with
# accords_today=YYYY-MM-DD, or sets no ACCORDS_TODAY with accords_today=''.
accords_today=2026-11-26
accords() {
  local -a vars=(PATH="$PATH" LC_ALL=C.UTF-8)
  [[ -z $accords_today ]] || vars+=(ACCORDS_TODAY="$accords_today")
  while [[ $# -gt 0 && $1 =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do
    vars+=("$1")
    shift
  done
  env -i "${vars[@]}" "$binary" "$@"
}
