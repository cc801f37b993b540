#pragma once
// `accords chart --format json`: the rows of the chart as data, for scripts that draw their own.

#include "render/chart_layout.hpp"
#include "render/event_writers.hpp"

#include <ostream>
#include <span>

namespace accords::render {

// Writes one JSON object, the same whatever the width: {"by", "first_year", "last_year" (the
// whole years the axis covers; null with no events), "events" (how many), "rows": [{"key"
// (party code, treaty id or type name), "name" (country name, treaty name or type name),
// "events": [{"id", "date", "end", "type", "title"}] in timeline order}] in the chart's row
// order}.
void write_chart_json(std::ostream& out, const EventList& events, std::span<const model::Treaty> treaties,
                      ChartGrouping by);

} // namespace accords::render
