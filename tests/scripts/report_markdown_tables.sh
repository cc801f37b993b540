#!/usr/bin/env bash
# `accords report --format markdown` writes pipe tables whose every row has as many cells as
# its header row (a '|' escaped by a backslash is text, not a cell border), on the built-in
# data, on the fixtures and on a file whose titles are full of Markdown.
set -u
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../e2e/fixtures

# Prints "line N: M cells, header has H" for every row that disagrees with its header.
check_tables() {
  awk '
    function cells(line,    i, c, n) {
      n = 0
      for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (c == "\\") { i++ } else if (c == "|") { n++ }
      }
      return n - 1
    }
    /^\|/ {
      if (header == 0) { header = cells($0); rows = 0 }
      else if (cells($0) != header) { printf "line %d: %d cells, header has %d: %s\n", NR, cells($0), header, $0 }
      rows++
      if (rows == 2 && $0 !~ /^\|( ---+:? \|)+$/) { printf "line %d: not a delimiter row: %s\n", NR, $0 }
      next
    }
    { header = 0 }
  '
}

cat > "$work/markdown.yaml" <<'YAML'
schema: 1
treaty:
  id: pipes
  name: "Pipes | and \\ backslashes"
events:
  - id: p1
    date: 2001-02-03
    type: signing
    parties: [NO, SE]
    title: 'A | B \ C |'
  - id: p2
    date: 2002
    type: summit
    parties: [SE]
    title: '\| ends in a backslash \'
YAML

run() { # a name, then the arguments after "report --format markdown"
  local name=$1
  shift
  accords report --format markdown "$@" > "$work/out" 2> "$work/err"
  local code=$?
  if [[ $code != 0 || -s $work/err ]]; then
    echo "$name: exit status $code"
    cat "$work/err"
    status=1
    return
  fi
  if ! grep -q "^| ---" "$work/out"; then
    echo "$name: no table in the output"
    status=1
  fi
  local problems
  problems=$(check_tables < "$work/out")
  if [[ -n $problems ]]; then
    echo "$name:"
    echo "$problems"
    status=1
  fi
}

run builtin
run builtin-kazakhstan -c KZ
run builtin-2020 --since 2020 --until 2020 --top all
run fixtures -d "$fixtures/fisheries" -d "$fixtures/harbour"
run markdown-titles -d "$work/markdown.yaml"
run empty -d "$fixtures/fisheries" --since 2030
exit $status
