#pragma once
// The text of `accords show`: every field of an event, one labelled line each.

#include "model/event.hpp"
#include "model/treaty.hpp"

#include <ostream>
#include <span>
#include <vector>

namespace accords::render {

// Writes a block per event, blocks separated by a blank line: the id as a heading (bold when
// `color`), then "  LABEL  value" lines with the values aligned: treaty (name and id), date
// and end (with "(month)" or "(year)" when not a day), type (coloured when `color`), parties
// and mediators ("IL Israel, AE United Arab Emirates"), title, place, tags, sources (numbered,
// one per line), notes (line by line, as written) and "defined at" (path:line:col). Absent
// optional fields are left out. `treaties` gives the treaty names; an event whose treaty is
// not among them shows its id alone.
void write_event_details(std::ostream& out, const std::vector<const model::Event*>& events,
                         std::span<const model::Treaty> treaties, bool color);

} // namespace accords::render
