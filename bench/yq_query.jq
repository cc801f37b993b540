# The benchmark's yq+jq competitor: `accords list --since $since --format tsv` as a jq filter.
#
# usage: yq -r -s --arg since 2020 -f bench/yq_query.jq FILE...
#
# yq reads the YAML files with PyYAML (YAML 1.2 grammar: 2020 is a number, dates are strings)
# and hands jq one JSON document per file; -s makes them one array. Prints the events whose
# interval ends in $since or later as accords does to a pipe (id, date, end, treaty, type,
# parties, title; timeline order: first day, coarser precision first, treaty id, load order).
# An interval ends on or after 1 January $since exactly when its last day is in $since or
# later; as text, such a date sorts at or after "$since" ("2020-03" does, "2019-12-31" not).
[ .[]
  | (.treaty | if type == "object" then .id else . end) as $treaty
  | .events // [] | .[]
  | .treaty = (.treaty // $treaty)
  | .date |= tostring
  | .end |= (if . == null then "" else tostring end) ]
| to_entries
| map(select((if .value.end != "" then .value.end else .value.date end) >= $since))
| sort_by(.value.date as $d
          | [(if ($d | length) == 4 then $d + "-01-01" elif ($d | length) == 7 then $d + "-01" else $d end),
             ($d | length), .value.treaty, .key])
| .[].value
| [.id, .date, .end, .treaty, .type, (.parties | map(tostring) | join(",")), .title]
| @tsv
