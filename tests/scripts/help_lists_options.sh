#!/usr/bin/env bash
# `accords --help` names every global option of cli.md and `accords list --help` every option
# of list (filters and output); both exit 0, print on standard output and nothing on
# standard error.
set -u
source "$(dirname "$0")/lib.sh"
accords_today='' # accords runs without ACCORDS_TODAY
help_of() { # where the help goes, then the arguments
  local out=$1
  shift
  accords "$@" > "$out" 2> "$out.err"
  local code=$?
  if [[ $code != 0 ]]; then
    echo "accords $*: exit status $code, expected 0"
    status=1
  fi
  if [[ -s $out.err ]]; then
    echo "accords $*: wrote to standard error:"
    cat "$out.err"
    status=1
  fi
}
help_of "$work/global" --help
help_of "$work/global-short" -h
help_of "$work/list" list --help
help_of "$work/list-short" list -h
help_of "$work/list-before" --help list

expect() { # file, then the options that must appear in it
  local file=$1
  shift
  local option
  for option in "$@"; do
    # an option is named when it appears as a word: not followed by a letter or a dash
    if ! grep -Eq -- "(^|[^A-Za-z-])${option}([^A-Za-z-]|$)" "$file"; then
      echo "$(basename "$file") help does not name $option"
      status=1
    fi
  done
}
global_options=(-d --data --color -h --help --version --today)
list_options=(--since --until --on -c --country -t --type -T --treaty -g --grep --tag
  --format --fields --no-header -r --reverse -n --limit)
expect "$work/global" "${global_options[@]}" list
expect "$work/global-short" "${global_options[@]}"
expect "$work/list" "${list_options[@]}" -h --help
expect "$work/list-short" "${list_options[@]}"

# The formats and fields of cli.md that list takes today are named in its help.
expect "$work/list" table tsv csv json ndjson markdown
expect "$work/list" id date end treaty type parties mediators title place tags sources
# The colour choices.
expect "$work/global" auto always never
exit $status
