#pragma once
// `accords chart --format svg`: the chart as a self-contained SVG document.

#include "render/chart_layout.hpp"
#include "render/event_writers.hpp"

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace accords::render {

// The narrowest and widest SVG charts, in pixels.
inline constexpr std::size_t chart_svg_min_width = 300;
inline constexpr std::size_t chart_svg_max_width = 20000;

// How the SVG chart is drawn.
struct ChartSvgOptions {
  ChartGrouping by = ChartGrouping::party; // what a row stands for
  std::size_t width = 1000;                // pixels (clamped to chart_svg_min_width..max_width)
  std::string title;                       // the heading, above the range line; none when empty
  bool xml_declaration = true;             // begin with "<?xml ...?>"; false for an <svg> inside an HTML page
};

// The text with &, <, >, " and ' written as entities, fit for XML content and attributes.
[[nodiscard]] std::string xml_escape(std::string_view text);

// Writes an SVG 1.1 document (without its XML declaration when options.xml_declaration is
// false, as an HTML page holds it) with everything inline (a <style>, no external references, no
// scripts): options.title as a heading, a line naming the range, the year axis with ticks and labels, one band per row
// with its label, one shape per cell holding events (the shape of the most significant type,
// and a bar where an event lasts several cells), each with a <title> listing its events'
// dates, types and titles, and a legend of the shapes shown. The same input always gives the
// same bytes. The document's <title> is the heading and the range. With no events the
// document says "No events match.".
void write_chart_svg(std::ostream& out, const EventList& events, std::span<const model::Treaty> treaties,
                     const ChartSvgOptions& options);

} // namespace accords::render
