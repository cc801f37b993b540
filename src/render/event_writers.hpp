#pragma once
// Writers for lists of events in the script formats: tsv, csv, json and ndjson.

#include "model/event.hpp"
#include "render/fields.hpp"

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace accords::render {

// Events to write, in the order to write them.
using EventList = std::vector<const model::Event*>;
// Treaty names by treaty id, for the formats that name an event's treaty (ics, timelinejs).
using TreatyNames = std::map<std::string, std::string, std::less<>>;

// One line per event, values tab-separated, list values joined with ',', tabs and line
// breaks inside values replaced by spaces; a header line of field names first if `header`.
void write_tsv(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header);
// RFC 4180 CSV with CRLF line ends; a header row first if `header`.
void write_csv(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header);
// One JSON array of event objects (cli.md's keys, absent values as null or []).
void write_json(std::ostream& out, const EventList& events);
// One JSON event object per line.
void write_ndjson(std::ostream& out, const EventList& events);

} // namespace accords::render
