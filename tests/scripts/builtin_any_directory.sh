#!/usr/bin/env bash
# The built-in timelines need no files around: `accords list --since 2020` works from / and
# from an empty directory with HOME unset and no other environment, and shows well-known
# events with their right dates (cli.md "Where the data comes from").
set -u
source "$(dirname "$0")/lib.sh"
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fixtures="$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)"
mkdir "$work/empty"

# Prints the events of `file` (TSV: id date end treaty type parties title) of that date and
# type whose parties include every code given.
rows() { # file date type codes...
  local file=$1 day=$2 type=$3
  shift 3
  awk -F '\t' -v day="$day" -v type="$type" -v codes="$*" '
    $2 == day && $5 == type {
      n = split(codes, want, " ")
      for (i = 1; i <= n; i++) if (index("," $6 ",", "," want[i] ",") == 0) next
      print
    }' "$file"
}

check_builtin() { # description, directory
  local description=$1 directory=$2 out="$work/out" err="$work/err"
  (cd "$directory" && env -i PATH="$PATH" "$binary" list --since 2020 > "$out" 2> "$err")
  local code=$?
  if [[ $code != 0 || -s $err ]]; then
    echo "$description: exit status $code, standard error:"
    cat "$err"
    status=1
    return
  fi
  local -a checks=(
    "2020-09-15 signing IL AE BH"
    "2020-12-22 signing MA IL"
    "2021-01-06 signing SD"
    "2025-11-06 announcement KZ"
  )
  local check
  for check in "${checks[@]}"; do
    # shellcheck disable=SC2086 # the check is split into date, type and codes on purpose
    if [[ -z $(rows "$out" $check) ]]; then
      echo "$description: no '$check' row in 'accords list --since 2020'"
      status=1
    fi
  done
  # An event ends on its end date if it has one, else on its date (compared as text: the
  # year comes first).
  if awk -F '\t' '($3 == "" ? $2 : $3) < "2020"' "$out" | grep -q .; then
    echo "$description: --since 2020 shows events that ended before 2020:"
    awk -F '\t' '($3 == "" ? $2 : $3) < "2020"' "$out"
    status=1
  fi
  if awk -F '\t' 'NF != 7' "$out" | grep -q .; then
    echo "$description: lines that are not 7 tab-separated fields:"
    awk -F '\t' 'NF != 7' "$out"
    status=1
  fi
}
check_builtin "from /" /
check_builtin "from an empty directory" "$work/empty"

# --data replaces the built-in timelines rather than adding to them.
(cd "$work/empty" && env -i PATH="$PATH" "$binary" list --data "$fixtures/harbour" --since 2020 > "$work/out" 2> "$work/err")
code=$?
if [[ $code != 0 || -s $work/err ]] || grep -q abraham-accords "$work/out" || ! grep -q harbour-accord "$work/out"; then
  echo "--data did not replace the built-in data (status $code):"
  cat "$work/out" "$work/err"
  status=1
fi
exit $status
