#pragma once
// The report as one JSON object, for scripts.

#include "engine/report_summary.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace accords::render {

// The report as a JSON object with these keys, in this order:
//   "data": the data paths as given, or ["builtin:timelines"] for the built-in data;
//   "treaties": [{"id", "name"}] of the treaties among the events, by id;
//   "filters": {"since", "until", "on" (as resolved and written, e.g. "2020", or null),
//               "countries" (ISO codes), "types", "treaties" (ids), "grep" (or null), "tags"};
//   "range": {"asked": {"first", "last"} (YYYY-MM-DD, null for an open end),
//             "covered": {"first", "last"} (YYYY-MM-DD), or null when no event matches};
//   "totals": {"events", "treaties", "parties", "mediators"} (numbers);
//   "per_year": [{"year" (number), "events"}], oldest first, only years with events;
//   "per_type": [{"type", "events"}], in the format's type order, only types present;
//   "per_party": [{"party" (ISO code), "name", "events"}], most events first then by code,
//                at most --top entries;
//   "parties_not_shown": how many parties --top left out (a number);
//   "first", "last": the first and last event as `list --format json` writes an event, or null;
//   "members_as_of": the day membership is counted on (YYYY-MM-DD);
//   "members": [{"treaty", "party", "name", "status", "since", "event"}] as `members --format
//              json` writes them, by treaty id, then status (member, announced, candidate,
//              suspended, withdrawn), then party code.
// Dates of events are as written; counts are numbers.
[[nodiscard]] nlohmann::ordered_json report_to_json(const engine::ReportSummary& summary);

// Writes report_to_json, indented by two spaces, and a line break.
void write_report_json(std::ostream& out, const engine::ReportSummary& summary);

} // namespace accords::render
