#pragma once
// The report as one self-contained HTML5 page, for a briefing to open in a browser or print:
// the summary, the members, the SVG chart and the events with their sources.

#include "engine/report_summary.hpp"
#include "model/treaty.hpp"
#include "render/chart_layout.hpp"
#include "render/event_writers.hpp"

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace accords::render {

// What the page draws besides the summary: its chart, as `accords chart --format svg` draws
// the same events.
struct ReportHtmlOptions {
  std::span<const model::Treaty> treaties; // the treaties loaded, to name the chart's rows
  std::string chart_title;                 // the chart's heading; none when empty
  ChartGrouping chart_by = ChartGrouping::party;
  std::size_t chart_width = 1000; // pixels, as the chart's default; the page scales it down to fit
};

// The source as HTML: a link (<a href>) to it when it is an http(s) web address
// (model::is_web_address), else the text; escaped either way, so that no other scheme
// ("javascript:", "data:") ever becomes a link.
[[nodiscard]] std::string html_source(std::string_view source);

// Writes an HTML5 page (UTF-8, lang "en") with its style sheet inline and nothing to fetch
// or run: a title naming the treaties and the filters, the data, filters and range, then the
// totals, tables per year (with a bar), per type and per party, the first and last events,
// the members by treaty and status, the chart (write_chart_svg, without the XML declaration)
// and a table of `events` (date, type, parties, title and notes, place, sources as
// html_source gives them). Every text from the data or the command line is escaped, and the
// characters HTML refuses however written (control characters but tab and line ends, as
// spaces; noncharacters and bytes that are not UTF-8, as U+FFFD) are replaced. With no
// events, "No events match." and the totals follow the header, as in the text report.
void write_report_html(std::ostream& out, const engine::ReportSummary& summary, const EventList& events,
                       const ReportHtmlOptions& options);

} // namespace accords::render
