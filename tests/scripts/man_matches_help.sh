#!/usr/bin/env bash
# man/accords.1 and the program's --help cannot drift apart.
#
# From the help: the commands `accords --help` lists (whatever they are today), the global
# options it shows, and the options each `accords COMMAND --help` shows (the "  -x,--long"
# lines of CLI11's option lists). From the page: every option written with the mdoc .Fl macro,
# where it is (which .Sh section, which command's entry in COMMANDS), and every literal
# "--long" word anywhere, examples included (single-letter words outside .Fl are left alone:
# the examples pipe into awk, cut, sort and jq, whose options are not ours).
#
# Checked:
# - every command of `accords --help` has an `.It Cm NAME` entry in COMMANDS and a line in
#   SYNOPSIS, and every entry names a command that `accords --help` lists;
# - every global option is documented (.Fl) in DESCRIPTION;
# - every option of `accords COMMAND --help` is documented in that command's entry, or, for a
#   command whose entry takes "Ar filters", in the EVENT FILTERS section;
# - every .Fl in a command's entry is an option of that command or a global option, every .Fl
#   in EVENT FILTERS is an option of each command that takes the filters, and every option
#   written in man/accords.1 or man/accords-timeline.5 exists in some --help output.
# Each problem is printed on its own line; the status is 1 if there is any.
set -u
source "$(dirname "$0")/lib.sh"
fail_prefix='' # messages without "FAIL: "
accords_today='' # accords runs without ACCORDS_TODAY
man_dir="$(dirname "$0")/../../man"
page="$man_dir/accords.1"
timeline_page="$man_dir/accords-timeline.5"
filters_section="EVENT FILTERS"

for file in "$page" "$timeline_page"; do
  if [[ ! -f $file ]]; then
    echo "missing man page $file"
    exit 1
  fi
done

help_of() { # where the help goes, then the arguments before --help
  local out=$1
  shift
  accords "$@" --help > "$out" 2> "$out.err"
  local code=$?
  if [[ $code != 0 || -s $out.err ]]; then
    fail "accords $* --help: exit status $code, standard error: $(head -c 300 "$out.err")"
  fi
}

# The options a help text defines: the names on its "  -x,--long VALUE  description" lines.
help_options() {
  awk '/^  -/ { n = split($1, names, ","); for (i = 1; i <= n; i++) if (names[i] ~ /^-/) print names[i] }' "$1" |
    sort -u
}

# The commands a help text lists: the first word of each line of its Commands section.
help_commands() {
  awk '/^[^ ].*:$/ { section = tolower($0) } section ~ /commands:$/ && /^  [a-z]/ { print $1 }' "$1"
}

# One line per fact of an mdoc page, tab-separated:
#   fl    LINE  SECTION  COMMAND  -x|--long   an option written with .Fl
#   long  LINE  SECTION  COMMAND  --long      a literal --long word anywhere
#   cmd   LINE  SECTION  NAME     filters|-   an ".It Cm NAME" entry of COMMANDS
#   syn   LINE  SECTION  NAME     -           a ".Cm NAME" in SYNOPSIS
# COMMAND is the entry of COMMANDS the line is in, or "-".
parse_page() {
  awk -v OFS='\t' '
    /^\.\\"/ { next }
    /^\.Sh / { section = substr($0, 5); gsub(/"/, "", section); command = "-"; depth = 0 }
    /^\.Bl/ { depth++ }
    /^\.El/ { if (--depth == 0) command = "-" }
    section == "COMMANDS" && depth == 1 && /^\.It Cm / {
      command = $3
      print "cmd", NR, section, command, ($0 ~ /Ar filters/ ? "filters" : "-")
    }
    section == "SYNOPSIS" && /^\.Cm / { print "syn", NR, section, $2, "-" }
    /^\./ {
      n = split(substr($0, 2), words, /[ \t]+/)
      in_fl = 0
      for (i = 1; i <= n; i++) {
        word = words[i]
        gsub(/\\&|"/, "", word)
        if (word == "Fl") { in_fl = 1; continue }
        if (!in_fl) continue
        if (word ~ /^[A-Z][a-z][a-z]?$/ || word ~ /^[][(),.;:|!?]$/ || word == "") { in_fl = 0; continue }
        print "fl", NR, section, command, "-" word
      }
    }
    {
      text = $0
      while (match(text, /(^|[^A-Za-z0-9-])--[a-z][a-z0-9-]*/)) {
        token = substr(text, RSTART, RLENGTH)
        sub(/^[^-]/, "", token)
        print "long", NR, section, command, token
        text = substr(text, RSTART + RLENGTH)
      }
    }
  ' "$1"
}

# What the program says.
help_of "$work/help"
help_options "$work/help" > "$work/global-options"
help_commands "$work/help" > "$work/commands"
if [[ ! -s $work/commands ]]; then
  fail "accords --help lists no commands (no Commands section found)"
fi
cp "$work/global-options" "$work/all-options"
while read -r command; do
  help_of "$work/help-$command" "$command"
  help_options "$work/help-$command" > "$work/options-$command"
  cat "$work/options-$command" >> "$work/all-options"
done < "$work/commands"
sort -u -o "$work/all-options" "$work/all-options"

# What the pages say.
parse_page "$page" > "$work/page"
parse_page "$timeline_page" > "$work/timeline-page"
name=$(basename "$page")

documented_in() { # field 3 (section) or 4 (command), its value, the option: is it a .Fl there?
  awk -F'\t' -v field="$1" -v where="$2" -v option="$3" \
    '$1 == "fl" && $field == where && $5 == option { found = 1 } END { exit !found }' "$work/page"
}

# Commands: each listed one has an entry and a synopsis line; each entry is a listed command.
while read -r command; do
  if ! awk -F'\t' -v c="$command" '$1 == "cmd" && $4 == c { found = 1 } END { exit !found }' "$work/page"; then
    fail "$name: command '$command' (in accords --help) has no '.It Cm $command' entry in COMMANDS"
  fi
  if ! awk -F'\t' -v c="$command" '$1 == "syn" && $4 == c { found = 1 } END { exit !found }' "$work/page"; then
    fail "$name: command '$command' (in accords --help) is missing from SYNOPSIS"
  fi
done < "$work/commands"
while read -r line command; do
  if ! grep -Fxq -- "$command" "$work/commands"; then
    fail "$name:$line: command '$command' is not listed by accords --help"
  fi
done < <(awk -F'\t' '$1 == "cmd" || $1 == "syn" { print $2, $4 }' "$work/page")

# Global options: documented in DESCRIPTION.
while read -r option; do
  if ! documented_in 3 DESCRIPTION "$option"; then
    fail "$name: global option '$option' (in accords --help) is not documented with .Fl in DESCRIPTION"
  fi
done < "$work/global-options"

# Each command's options: in its entry, or in the filters section for a command that takes them.
filter_commands=$(awk -F'\t' '$1 == "cmd" && $5 == "filters" { print $4 }' "$work/page")
while read -r command; do
  takes_filters=no
  if grep -Fxq -- "$command" <<< "$filter_commands"; then
    takes_filters=yes
  fi
  while read -r option; do
    if grep -Fxq -- "$option" "$work/global-options"; then
      continue
    fi
    if documented_in 4 "$command" "$option"; then
      continue
    fi
    if [[ $takes_filters == yes ]] && documented_in 3 "$filters_section" "$option"; then
      continue
    fi
    where="the '$command' entry of COMMANDS"
    [[ $takes_filters == yes ]] && where="$where or in $filters_section"
    fail "$name: option '$option' of '$command' (in accords $command --help) is not documented with .Fl in $where"
  done < "$work/options-$command"
done < "$work/commands"

# The other way: every option the pages write exists, and where it is written it belongs.
while IFS=$'\t' read -r kind line section command option; do
  if ! grep -Fxq -- "$option" "$work/all-options"; then
    fail "$name:$line: '$option' is not an option in any --help output"
  elif [[ $kind == fl && $command != - && -f $work/options-$command ]] &&
    ! grep -Fxq -- "$option" "$work/options-$command" && ! grep -Fxq -- "$option" "$work/global-options"; then
    fail "$name:$line: '$option' is documented in the '$command' entry, but accords $command --help does not show it"
  elif [[ $kind == fl && $section == "$filters_section" ]]; then
    for filter_command in $filter_commands; do
      if [[ -f $work/options-$filter_command ]] && ! grep -Fxq -- "$option" "$work/options-$filter_command"; then
        fail "$name:$line: '$option' is documented in $filters_section, but accords $filter_command --help does not show it"
      fi
    done
  fi
done < <(awk -F'\t' '$1 == "fl" || $1 == "long"' "$work/page")
timeline_name=$(basename "$timeline_page")
while IFS=$'\t' read -r kind line section command option; do
  if ! grep -Fxq -- "$option" "$work/all-options"; then
    fail "$timeline_name:$line: '$option' is not an option in any --help output"
  fi
done < <(awk -F'\t' '$1 == "fl" || $1 == "long"' "$work/timeline-page")
exit $status
