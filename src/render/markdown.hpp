#pragma once
// A GitHub-flavoured Markdown table of events.

#include "render/event_writers.hpp"
#include "render/fields.hpp"

#include <ostream>
#include <vector>

namespace accords::render {

// Writes a pipe table (header row and separator row unless `header` is false, which leaves a
// table without header, as some renderers accept); '|' and '\' in values are escaped, line
// breaks become spaces, list values are joined with ", ".
void write_markdown(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header);

} // namespace accords::render
