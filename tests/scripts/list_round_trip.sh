#!/usr/bin/env bash
# `list --format csv` and `--format tsv` split back into the same values as `--format json`
# (cli.md "Output"): a real CSV reader (Python's csv module) and a split at tabs, then list
# cells split at each ',' that no '\' escapes, on the built-in data, the fixtures and a file
# whose sources, tags and notes hold commas, semicolons, backslashes, quotes and line breaks.
set -u
source "$(dirname "$0")/lib.sh"
accords_today='' # accords runs without ACCORDS_TODAY
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$(cd "$here/../e2e/fixtures" && pwd)"
python=/usr/bin/python3

cat > "$work/awkward.yaml" << 'YAML'
schema: 1
treaty:
  id: awkward
  name: Awkward Texts
events:
  - id: commas
    date: 2021-03-01
    type: signing
    parties: [IL, AE]
    title: 'A title, with a comma; and "quotes"'
    place: Abu Dhabi, UAE
    sources:
      - https://example.org/a,b;c?d=1,2
      - Reuters, 1 March 2021; p. 3
      - 'C:\archive\treaty, final.pdf'
    tags: [one, two]
    notes: |
      Two lines, with commas;
      and a backslash \ too.
  - id: plain
    date: 2021-03-02
    type: ratification
    parties: [IL]
    title: Plain
    sources: ['https://example.org/plain']
YAML

every=id,date,end,treaty,type,parties,mediators,title,place,tags,sources,notes
for data in "$work/awkward.yaml" "$fixtures/fisheries" "$fixtures/open-skies" builtin; do
  args=()
  [[ $data != builtin ]] && args=(--data "$data")
  accords "${args[@]}" list --format json > "$work/events.json" || status=1
  accords "${args[@]}" list --format csv --fields "$every" > "$work/events.csv" || status=1
  accords "${args[@]}" list --format tsv --header --fields "$every" > "$work/events.tsv" || status=1
  for kind in csv tsv; do
    if ! "$python" "$here/list_round_trip.py" "$kind" "$work/events.$kind" "$work/events.json"; then
      echo "FAIL: $kind of $data does not split back"
      status=1
    fi
  done
done

# The comma inside a source is written escaped, as documented.
accords --data "$work/awkward.yaml" list --format tsv --fields sources > "$work/one.tsv"
if ! grep -qF 'Reuters\, 1 March 2021; p. 3' "$work/one.tsv"; then
  echo "FAIL: the comma in a source is not written '\,'"
  status=1
fi
exit $status
