#pragma once
// The writers of `accords treaties`: one row per loaded treaty with its event count, the
// dates of its first and last events and its number of parties.

#include "engine/treaty_summary.hpp"
#include "render/grid.hpp"

#include <ostream>
#include <vector>

namespace accords::render {

// An aligned table with a header row (unless options.header is false), fitted to
// options.width by shortening the name first; a treaty without events has empty first/last.
void write_treaties_table(std::ostream& out, const std::vector<engine::TreatySummary>& treaties,
                          const GridOptions& options);
// One tab-separated line per treaty (id, name, events, first, last, parties), after a header
// line of those names if `header`.
void write_treaties_tsv(std::ostream& out, const std::vector<engine::TreatySummary>& treaties, bool header);
// One JSON array of {id, name, events, first, last, parties}; first and last are the dates as
// written, null for a treaty without events.
void write_treaties_json(std::ostream& out, const std::vector<engine::TreatySummary>& treaties);

} // namespace accords::render
