#!/usr/bin/env bash
# `accords completions bash`, sourced in `bash --norc` (no bash-completion package): the
# completion function, called with COMP_WORDS and COMP_CWORD as bash sets them, leaves exactly
# the expected words in COMPREPLY and writes nothing on standard error: commands, options,
# values from the code (formats, types, --color), paths, and values from the data the command
# line names (built-in, --data in each spelling, ACCORDS_PATH), quoted when odd. Then every
# value offered for --format, --type, --status, --by, --color and --fields is one the command
# accepts.
set -u
source "$(dirname "$0")/lib.sh"
binary=$(realpath "$binary")
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/tests/e2e/fixtures
fisheries=$fixtures/fisheries
mkdir "$work/bin" "$work/elsewhere" "$work/odd"
ln -s "$binary" "$work/bin/accords"
ln -s "$binary" "$work/elsewhere/accords-dev"
cd "$work" || exit 1

if ! "$binary" completions bash > "$work/accords.bash" 2> "$work/err" || [[ -s $work/err ]]; then
  echo "accords completions bash failed:"
  cat "$work/err"
  exit 1
fi

# A timeline with values that need quoting on a command line.
cat > "$work/odd/odd.yaml" << 'EOF'
schema: 1
treaty:
  id: odd-pact
  name: Odd Pact
  aliases: [north fish, "it's"]
events:
  - id: odd-2020
    date: 2020
    type: signing
    parties: [NO]
    title: Signed
    tags: ["it's $HOME", plain]
EOF

# complete [VAR=VALUE...] -- WORD...: COMPREPLY, one a line, after completing the last word.
complete_line() {
  local env=()
  while [[ $1 != -- ]]; do
    env+=("$1")
    shift
  done
  shift
  env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" "${env[@]}" bash --norc -c '
    source "$1" || exit 1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _accords
    (( ${#COMPREPLY[@]} == 0 )) || printf "%s\n" "${COMPREPLY[@]}"' _ "$work/accords.bash" "$@" 2> "$work/complete.err"
}

# expect [VAR=VALUE...] -- WORD... :: CANDIDATE...: COMPREPLY is exactly the candidates.
expect() {
  local args=()
  while [[ $1 != :: ]]; do
    args+=("$1")
    shift
  done
  shift
  local got want
  got=$(complete_line "${args[@]}")
  want=$( (($# == 0)) || printf '%s\n' "$@")
  if [[ $got != "$want" ]]; then
    echo "completing: ${args[*]}"
    echo "  expected: $(echo "$want" | tr '\n' ' ')"
    echo "  got:      $(echo "$got" | tr '\n' ' ')"
    status=1
  fi
  if [[ -s $work/complete.err ]]; then
    echo "completing ${args[*]} wrote to standard error:"
    cat "$work/complete.err"
    status=1
  fi
}

# Commands and options.
expect -- accords li :: list
expect -- accords '' :: list show members treaties report chart check add fmt import diff completions help
expect -- accords list --fo :: --format
expect -- accords list --no :: --no-header --no-cache --no-pager
expect -- accords --co :: --color
expect -- accords list -r -n 5 --gr :: --grep
expect -- accords --data "$fisheries" list --tr :: --treaty
expect -- accords show -- --fo ::

# Values from the code.
expect -- accords list --format '' :: table tsv csv json ndjson markdown ics timelinejs
expect -- accords report --format '' :: text markdown json html
expect -- accords chart --format s :: svg
expect -- accords list --format = '' :: table tsv csv json ndjson markdown ics timelinejs # --format=<TAB>
expect -- accords list --format = j :: json
expect -- accords list -t '' :: report announcement rejection signing accession ratification acceptance approval entry-into-force \
  succession withdrawal-notice withdrawal suspension relations embassy agreement summit sanctions other
expect -- accords report --type e :: entry-into-force embassy
expect -- accords members --status '' :: candidate announced declined signatory consented party withdrawing \
  withdrawn suspended
expect -- accords chart --by t :: treaty type
expect -- accords --color '' :: auto always never
expect -- accords list --color n :: never
expect -- accords completions '' :: bash zsh fish
expect -- accords help '' :: list show members treaties report chart check add fmt import diff completions help
expect -- accords help ch :: chart check
expect -- accords list --fields id,da :: id,date
expect -- accords list --since '' ::

# Paths.
expect -- accords check "$fixtures/f" :: "$fixtures/fisheries"
expect -- accords diff "$fixtures/f" :: "$fixtures/fisheries"
expect -- accords diff "$fixtures/harbour" "$fixtures/f" :: "$fixtures/fisheries"
expect -- accords --data "$fixtures/h" :: "$fixtures/harbour"
expect -- accords list -d "$fisheries/comp" :: "$fisheries/compact.yaml"

# Values from the built-in data.
expect -- accords list -T '' :: abraham-accords abraham aa i2u2 west-asian-quad israel-kazakhstan
expect -- accords members --treaty ab :: abraham-accords abraham
expect -- accords list -Tab :: -Tabraham-accords -Tabraham
expect -- accords list -c K :: KG KZ
expect -- accords show aa-2020-09 :: aa-2020-09-11-bahrain-israel-announcement aa-2020-09-15-white-house-signing \
  aa-2020-09-15-israel-uae-treaty-signed aa-2020-09-15-israel-bahrain-declaration-signed
expect -- accords show aa-2020-09-11-bahrain-israel-announcement aa-2020-09-15-w :: aa-2020-09-15-white-house-signing

# Values from the data the command line names, in each spelling, and from ACCORDS_PATH.
expect -- accords --data "$fisheries" list -T '' :: fisheries-compact nfc north-fish
expect -- accords list --data "$fisheries" -T '' :: fisheries-compact nfc north-fish
expect -- accords --data = "$fisheries" list -T '' :: fisheries-compact nfc north-fish
expect -- accords "--data=$fisheries" list -T '' :: fisheries-compact nfc north-fish
expect -- accords -d "$fisheries" show nfc-2021 :: nfc-2021-11-quota-review nfc-2021-11-25-uk-side-agreement \
  nfc-2021-11-26-ottawa-liaison-office
expect -- accords "-d$fisheries" list -c F :: FI FO
expect ACCORDS_PATH="$fisheries" -- accords list --treaty n :: nfc north-fish
expect -- accords -d "$fisheries" -d "$fixtures/harbour" list -T '' :: fisheries-compact nfc north-fish \
  harbour-accord lights
# The program on the command line when it is a path, even if not on PATH.
expect -- "$work/elsewhere/accords-dev" --data "$fisheries" list -T f :: fisheries-compact
# Data that cannot be read: nothing, quietly.
expect -- accords --data /nonexistent/timelines list -T '' ::
expect -- accords --data "$root/tests/e2e" list -T '' ::

# Odd values come back quoted for the command line.
expect -- accords -d "$work/odd" list -T '' :: odd-pact 'north\ fish' "it\\'s"
expect -- accords -d "$work/odd" list --tag i :: "it\\'s\\ \\\$HOME"

# Every value offered is one the command accepts.
accepts() { # the command's arguments; fails with a message when accords refuses them
  if ! env -i PATH=/usr/bin:/bin ACCORDS_TODAY=2026-11-26 "$binary" --data "$fisheries" "$@" > /dev/null 2> "$work/err"; then
    echo "offered but refused: accords --data $fisheries $*"
    cat "$work/err"
    status=1
  fi
}
for command in list show members treaties report chart check; do
  arguments=()
  [[ $command == show ]] && arguments=(nfc-1998-talks-reported)
  formats=$(complete_line -- accords "$command" --format '')
  [[ -n $formats ]] || { echo "no formats offered for $command"; status=1; }
  for format in $formats; do
    accepts "$command" "${arguments[@]}" --format "$format"
  done
done
for type in $(complete_line -- accords list --type ''); do accepts list --type "$type"; done
for status_name in $(complete_line -- accords members --status ''); do accepts members --status "$status_name"; done
for by in $(complete_line -- accords chart --by ''); do accepts chart --by "$by" --format json; done
for color in $(complete_line -- accords --color ''); do accepts --color "$color" treaties; done
for field in $(complete_line -- accords list --fields ''); do accepts list --fields "$field"; done
for shell in $(complete_line -- accords completions ''); do accepts completions "$shell"; done
for format in $(complete_line -- accords diff --format ''); do # diff reads no --data: exit 0, the sides equal
  if ! env -i PATH=/usr/bin:/bin "$binary" diff --format "$format" "$fisheries" "$fisheries" > /dev/null; then
    echo "offered but refused: accords diff --format $format"
    status=1
  fi
done
exit $status
