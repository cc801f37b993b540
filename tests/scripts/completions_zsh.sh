#!/usr/bin/env bash
# `accords completions zsh`: the file loads in `zsh -f` without errors, both ways it is meant
# to be loaded (sourced: it registers _accords with compdef; autoloaded from $fpath: it
# completes at once), and, driven in a real interactive zsh on a pseudo-terminal with
# compinit, a TAB after each command line offers exactly the expected candidates: commands,
# options, values from the code, paths, and values from the data the command line names.
set -u
source "$(dirname "$0")/lib.sh"
binary=$(realpath "$binary")
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/tests/e2e/fixtures
fisheries=$fixtures/fisheries
if ! command -v zsh > /dev/null; then
  echo "zsh is not installed (scripts/install-deps installs it)"
  exit 1
fi
mkdir "$work/bin" "$work/functions" "$work/odd"
ln -s "$binary" "$work/bin/accords"
cd "$work" || exit 1

if ! "$binary" completions zsh > "$work/functions/_accords" 2> "$work/err" || [[ -s $work/err ]]; then
  echo "accords completions zsh failed:"
  cat "$work/err"
  exit 1
fi

# Loading it: the syntax, then sourcing (compdef called for accords), then autoloading.
if ! zsh -f -n "$work/functions/_accords" 2> "$work/err"; then
  echo "_accords does not parse:"
  cat "$work/err"
  status=1
fi
loaded=$(zsh -f -c '
  compdef() { print -r -- "compdef $*" }
  source "$1" || exit 1
  print -r -- "$(whence -w _accords) $(whence -w _accords_data)"' _ "$work/functions/_accords" 2>&1)
if [[ $loaded != $'compdef _accords accords\n_accords: function _accords_data: function' ]]; then
  echo "sourcing _accords in zsh -f: expected compdef and two functions, got:"
  echo "$loaded"
  status=1
fi

# The driver: an interactive zsh on a pseudo-terminal (zpty) with compinit and the function
# on $fpath; compadd records what it is given that matches the line, and a post-completion
# hook says when the TAB is done. Usage: zsh -f drive.zsh FUNCTIONS OUT LINE.
cat > "$work/drive.zsh" << 'EOF'
zmodload zsh/zpty || exit 99
dir=$1 out=$2 line=$3
: > $out
rm -f $out.done
zpty capture zsh -f -i
zpty -w capture "PROMPT= RPROMPT= PS2=; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w capture "zstyle ':completion:*' insert-tab false; bindkey '^I' complete-word"
zpty -w capture 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a hits; builtin compadd -O hits "$@"; (( $#hits )) && print -rl -- $hits >> '${(q)out}'
  builtin compadd "$@"
}'
zpty -w capture "_capture_done() { print >> ${(q)out}.done }; comppostfuncs=(_capture_done)"
zpty -w -n capture "$line"$'\t'
for i in {1..200}; do
  [[ -e $out.done ]] && break
  sleep 0.05
done
zpty -d capture
[[ -e $out.done ]] || { print -u2 "no completion happened for: $line"; exit 1 }
EOF

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

# expect [VAR=VALUE...] -- LINE :: CANDIDATE...: a TAB at the end of LINE offers exactly the
# candidates, in this order.
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
  if ! env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" TERM=dumb "${env[@]}" \
    zsh -f "$work/drive.zsh" "$work/functions" "$work/out" "$line" 2> "$work/err"; then
    echo "completing '$line': the driver failed:"
    cat "$work/err"
    status=1
    return
  fi
  got=$(cat "$work/out")
  if [[ $got != "$want" ]]; then
    echo "completing: '$line'"
    echo "  expected: $(echo "$want" | tr '\n' ' ')"
    echo "  got:      $(echo "$got" | tr '\n' ' ')"
    status=1
  fi
}

# Commands and options.
expect -- 'accords li' :: list
expect -- 'accords ' :: list show members treaties report chart check add fmt import diff completions help
expect -- 'accords list --fo' :: --format
expect -- 'accords --co' :: --color
expect -- 'accords list -r -n 5 --gr' :: --grep

# Values from the code.
expect -- 'accords list --format ' :: table tsv csv json ndjson markdown ics timelinejs
expect -- 'accords list --format=j' :: json
expect -- 'accords list -t ' :: report announcement rejection signing accession ratification acceptance approval entry-into-force \
  succession withdrawal-notice withdrawal suspension relations embassy agreement summit sanctions other
expect -- 'accords members --status w' :: withdrawing withdrawn
expect -- 'accords chart --by t' :: treaty type
expect -- 'accords --color ' :: auto always never
expect -- 'accords completions ' :: bash zsh fish
expect -- 'accords help ' :: list show members treaties report chart check add fmt import diff completions help
expect -- 'accords list --fields id,da' :: date

# Paths.
expect -- "accords check $fixtures/f" :: fisheries

# Values from the built-in data, then from the data the command line names.
expect -- 'accords list -T ' :: abraham-accords abraham aa i2u2 west-asian-quad israel-kazakhstan
expect -- 'accords list -c K' :: KG KZ
expect -- 'accords show aa-2020-09' :: aa-2020-09-11-bahrain-israel-announcement aa-2020-09-15-white-house-signing \
  aa-2020-09-15-israel-uae-treaty-signed aa-2020-09-15-israel-bahrain-declaration-signed
expect -- "accords --data $fisheries list -T " :: fisheries-compact nfc north-fish
expect -- "accords list --data=$fisheries --treaty n" :: nfc north-fish
expect -- "accords -d '$fisheries' show nfc-2021" :: nfc-2021-11-quota-review nfc-2021-11-25-uk-side-agreement \
  nfc-2021-11-26-ottawa-liaison-office
expect ACCORDS_PATH="$fisheries" -- 'accords list -c F' :: FI FO
expect -- 'accords --data /nonexistent/timelines list -T ' ::
expect -- "accords -d $work/odd list -T " :: odd-pact 'north fish' "it's"
exit $status
