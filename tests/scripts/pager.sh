#!/usr/bin/env bash
# At a terminal (a pseudo-terminal made by script(1)), output goes through $ACCORDS_PAGER with
# its colours; not with --no-pager, nor into a pipe; a pager that quits before reading
# everything ends accords quietly with status 0; the default pager, `less -FRX`, prints a
# short list and exits by itself.
set -u
source "$(dirname "$0")/lib.sh"

if ! script -qec true /dev/null > /dev/null 2>&1 < /dev/null; then
  skip "script(1) cannot make a pseudo-terminal here, so nothing runs at a terminal"
fi

# at_terminal COMMAND...: runs the command with a pseudo-terminal as its standard output.
at_terminal() {
  local command
  command=$(printf '%q ' "$@")
  script -qec "$command" /dev/null > "$work/terminal" 2>&1 < /dev/null
}

pager="sed 's/^/paged: /' > $work/paged"
at_terminal env -i PATH="$PATH" COLUMNS=100 LC_ALL=C.UTF-8 ACCORDS_PAGER="$pager" "$binary" list --since 2020
if [[ ! -s $work/paged ]] || ! grep -q '^paged: .*date.*title' "$work/paged"; then
  echo "FAIL: list at a terminal did not go through ACCORDS_PAGER"
  status=1
elif ! grep -q $'\x1b\\[' "$work/paged"; then
  echo "FAIL: the colours did not reach the pager"
  status=1
fi

rm -f "$work/paged"
at_terminal env -i PATH="$PATH" COLUMNS=100 LC_ALL=C.UTF-8 ACCORDS_PAGER="$pager" "$binary" --no-pager list
if [[ -e $work/paged ]] || ! grep -q 'abraham-accords' "$work/terminal"; then
  echo "FAIL: --no-pager still used the pager, or printed nothing"
  status=1
fi

env -i PATH="$PATH" LC_ALL=C.UTF-8 ACCORDS_PAGER="$pager" "$binary" list > "$work/piped"
if [[ -e $work/paged ]] || [[ ! -s $work/piped ]]; then
  echo "FAIL: output into a pipe went through the pager"
  status=1
fi

# A pager that reads nothing and quits, under much more output than a pipe holds.
{
  echo 'schema: 1'
  echo 'treaty: {id: big, name: Big}'
  echo 'events:'
  for i in $(seq 1 3000); do
    printf '  - {id: e%d, date: 2020-01-01, type: report, parties: [IL], title: "A title long enough to fill the pipe %d"}\n' "$i" "$i"
  done
} > "$work/big.yaml"
at_terminal env -i PATH="$PATH" COLUMNS=100 LC_ALL=C.UTF-8 ACCORDS_PAGER=true "$binary" --data "$work/big.yaml" list
code=$?
if [[ $code != 0 ]] || grep -q 'error' "$work/terminal"; then
  echo "FAIL: a pager that quits early gave status $code: $(head -3 "$work/terminal")"
  status=1
fi

# The default pager: less -FRX prints one screen's worth and exits without a key.
if command -v less > /dev/null; then
  at_terminal env -i PATH="$PATH" TERM=xterm COLUMNS=100 LINES=50 LC_ALL=C.UTF-8 "$binary" list --until 1999
  code=$?
  if [[ $code != 0 ]] || ! grep -q 'Israel recognizes' "$work/terminal"; then
    echo "FAIL: less -FRX did not show a short list: status $code: $(head -3 "$work/terminal")"
    status=1
  fi
fi
exit $status
