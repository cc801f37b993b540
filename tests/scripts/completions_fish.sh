#!/usr/bin/env bash
# `accords completions fish`, sourced in `fish --no-config`: `complete -C LINE` offers exactly
# the expected candidates (fish sorts them; options and commands carry their description):
# commands, options, values from the code, paths, and values from the data the command line
# names, odd ones included; and sourcing it prints nothing.
set -u
source "$(dirname "$0")/lib.sh"
binary=$(realpath "$binary")
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/tests/e2e/fixtures
fisheries=$fixtures/fisheries
if ! command -v fish > /dev/null; then
  echo "fish is not installed (scripts/install-deps installs it)"
  exit 1
fi
mkdir "$work/bin" "$work/odd"
ln -s "$binary" "$work/bin/accords"
cd "$work" || exit 1

if ! "$binary" completions fish > "$work/accords.fish" 2> "$work/err" || [[ -s $work/err ]]; then
  echo "accords completions fish failed:"
  cat "$work/err"
  exit 1
fi
loaded=$(env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" fish --no-config -c 'source $argv[1]' "$work/accords.fish" 2>&1)
if [[ -n $loaded ]]; then
  echo "sourcing accords.fish printed:"
  echo "$loaded"
  status=1
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

# expect [VAR=VALUE...] -- LINE :: CANDIDATE...: `complete -C LINE` prints exactly the
# candidates, one a line (a candidate with a description is "WORD<TAB>DESCRIPTION").
expect() {
  local env=()
  while [[ $1 != -- ]]; do
    env+=("$1")
    shift
  done
  local line=$2
  shift 3
  local want got
  want=$( (($# == 0)) || printf '%s\n' "$@")
  got=$(env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" "${env[@]}" fish --no-config -c \
    'source $argv[1]; complete -C$argv[2]' "$work/accords.fish" "$line" 2> "$work/err")
  if [[ $got != "$want" ]]; then
    echo "completing: '$line'"
    echo "  expected: $(echo "$want" | tr '\n' '|')"
    echo "  got:      $(echo "$got" | tr '\n' '|')"
    status=1
  fi
  if [[ -s $work/err ]]; then
    echo "completing '$line' wrote to standard error:"
    cat "$work/err"
    status=1
  fi
}
tab=$'\t'

# Commands and options.
expect -- 'accords li' :: "list${tab}Events in timeline order, filtered"
expect -- 'accords com' :: "completions${tab}Prints a completion script for bash, zsh or fish"
expect -- 'accords list --fo' :: \
  "--format${tab}table, tsv, csv, json, ndjson, markdown, ics, timelinejs (default: table on a terminal, tsv otherwise)"
expect -- 'accords list --no' :: \
  "--no-cache${tab}Parse every file again, neither reading nor writing the cache of parsed files" \
  "--no-header${tab}Leave out the header row of table, csv and markdown" \
  "--no-pager${tab}Write to the terminal directly, not through \$ACCORDS_PAGER, \$PAGER or less"
expect -- 'accords --col' :: "--color${tab}Colour: auto, always or never"
expect -- "accords --data $fisheries list --gr" :: "--grep${tab}Case-insensitive text in title, notes or place"
expect -- 'accords show --fo' :: \
  "--format${tab}text, json (default: text; json is an array of event objects, as list --format json)"
expect -- 'accords show -' :: "-d${tab}Timeline file or directory; repeatable; '-' is standard input" \
  "-h${tab}Print this help message and exit" "--color${tab}Colour: auto, always or never" \
  "--data${tab}Timeline file or directory; repeatable; '-' is standard input" \
  "--format${tab}text, json (default: text; json is an array of event objects, as list --format json)" \
  "--help${tab}Print this help message and exit" \
  "--hyperlinks${tab}Sources as clickable links in text: auto (at a terminal), always or never" \
  "--no-cache${tab}Parse every file again, neither reading nor writing the cache of parsed files" \
  "--no-pager${tab}Write to the terminal directly, not through \$ACCORDS_PAGER, \$PAGER or less" \
  "--today${tab}The day 'today' and relative dates count from (also ACCORDS_TODAY)" \
  "--version${tab}Print the version and exit"

# Values from the code.
expect -- 'accords show --hyperlinks ' :: always auto never
expect -- 'accords list --format ' :: csv ics json markdown ndjson table timelinejs tsv
expect -- 'accords list --format=j' :: --format=json
expect -- 'accords report --format ' :: html json markdown text
expect -- 'accords list -t ' :: acceptance accession agreement announcement approval embassy entry-into-force \
  other ratification rejection relations report sanctions signing succession summit suspension withdrawal \
  withdrawal-notice
expect -- 'accords members --status ' :: announced candidate consented declined party signatory suspended \
  withdrawing withdrawn
expect -- 'accords chart --by ' :: party treaty type
expect -- 'accords --color ' :: always auto never
expect -- 'accords completions ' :: bash fish zsh
expect -- 'accords help ch' :: chart check
expect -- 'accords list --fields id,da' :: id,date
expect -- 'accords list --since ' ::

# Paths.
expect -- "accords check $fixtures/f" :: "$fixtures/fisheries/"
expect -- "accords --data $fisheries/comp" :: "$fisheries/compact.yaml"

# Values from the built-in data, then from the data the command line names.
expect -- 'accords list -T ' :: aa abraham abraham-accords i2u2 israel-kazakhstan west-asian-quad
expect -- 'accords list -c K' :: KG KZ
expect -- 'accords show aa-2020-09' :: aa-2020-09-11-bahrain-israel-announcement \
  aa-2020-09-15-israel-bahrain-declaration-signed aa-2020-09-15-israel-uae-treaty-signed \
  aa-2020-09-15-white-house-signing
expect -- "accords --data $fisheries list -T " :: fisheries-compact nfc north-fish
expect -- "accords list --data=$fisheries --treaty n" :: nfc north-fish
expect -- "accords -d '$fisheries' show nfc-2021" :: nfc-2021-11-25-uk-side-agreement \
  nfc-2021-11-26-ottawa-liaison-office nfc-2021-11-quota-review
expect -- "accords -d$fisheries list -c F" :: FI FO
expect ACCORDS_PATH="$fisheries" -- 'accords list -c F' :: FI FO
expect -- 'accords --data /nonexistent/timelines list -T ' ::
expect -- "accords -d $work/odd list -T " :: "it's" 'north fish' odd-pact
expect -- "accords -d $work/odd list --tag i" :: "it's \$HOME"
exit $status
