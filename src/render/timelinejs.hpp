#pragma once
// The JSON that Knight Lab's TimelineJS 3 reads: {"events": [slide, ...]}.

#include "render/event_writers.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace accords::render {

// Writes {"events": [...]} with one slide per event, in the order given: start_date (year, then
// month and day only as far as the date was written, all JSON numbers as TimelineJS documents
// them), end_date (as precise as `end`) only when `end` reaches past the date's own interval,
// text.headline (the title, HTML-escaped), text.text (HTML: a paragraph of type, parties,
// mediators and place; the notes, one paragraph per blank-line-separated block; the sources,
// one per line), group (the treaty's name from `names`, else its id, HTML-escaped: TimelineJS
// shows it as HTML) and unique_id (the event id). Pretty-printed with two spaces, then a newline.
void write_timelinejs(std::ostream& out, const EventList& events, const TreatyNames& names);

// The text with '&', '<' and '>' replaced by HTML character references.
[[nodiscard]] std::string html_escape(std::string_view text);

} // namespace accords::render
