#pragma once
// `accords chart` on a terminal: a label column, a year axis and one line of marks per row.

#include "render/chart_layout.hpp"
#include "render/event_writers.hpp"

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace accords::render {

// The narrowest and widest text charts, in columns.
inline constexpr std::size_t chart_text_min_width = 40;
inline constexpr std::size_t chart_text_max_width = 1000;

// How the text chart is drawn.
struct ChartTextOptions {
  ChartGrouping by = ChartGrouping::party; // what a row stands for
  std::size_t width = 80;                  // columns no line exceeds (clamped to chart_text_min_width..max_width)
  bool ascii = false;                      // plain ASCII marks, axis and ellipsis instead of Unicode
  bool color = false;                      // colour marks with type_color
  std::string title;                       // a heading above the range line; none when empty
};

// The mark of an event type: a Unicode shape, or an ASCII character when `ascii`.
[[nodiscard]] std::string_view chart_glyph(model::EventType type, bool ascii);

// Writes the chart of `events` (in timeline order): options.title, then a line on the range
// ("19 events from 1998 to 2026-12-01, one row per party"), each wrapped to the width; the year labels and the axis;
// one line per row: its label (cut with "…", or "..." in ASCII, to a third of the width and at most 32 columns), then
// one character per cell: the mark of the most significant event that starts in the cell, else the bar of a longer
// event passing through, else a blank; the axis and labels again below more than 15 rows; a legend of the marks shown,
// most significant first, and a note on the precedence when a cell holds several events. With no events it writes "No
// events match.". Lines carry no trailing blanks.
void write_chart_text(std::ostream& out, const EventList& events, std::span<const model::Treaty> treaties,
                      const ChartTextOptions& options);

} // namespace accords::render
