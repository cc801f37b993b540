#pragma once
// The text of `accords show`: every field of an event, one labelled line each.

#include "model/event.hpp"
#include "model/treaty.hpp"

#include <ostream>
#include <span>
#include <vector>

namespace accords::render {

// How `show` marks up its text for a terminal.
struct ShowStyle {
  bool color = false;      // the id bold, the type coloured
  bool hyperlinks = false; // sources that are web addresses as OSC 8 hyperlinks
};

// Writes a block per event, blocks separated by a blank line: the id as a heading, then
// "  LABEL  value" lines with the values aligned: treaty (name and id), date, end and
// effective (with "(month)" or "(year)" when not a day), type, parties, mediators and from
// ("IL Israel, AE United Arab Emirates"), title, place, tags, sources (numbered, one per
// line), notes (line by line, as written) and "defined at" (path:line:col). Absent optional
// fields are left out. `treaties` gives the treaty names; an event whose treaty is not among
// them shows its id alone.
void write_event_details(std::ostream& out, const std::vector<const model::Event*>& events,
                         std::span<const model::Treaty> treaties, const ShowStyle& style);

} // namespace accords::render
