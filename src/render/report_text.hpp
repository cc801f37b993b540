#pragma once
// The report as plain text for people: a header, totals, counts per year (with bars of
// Unicode blocks), per type and per party, the first and last events and the members.

#include "engine/report_summary.hpp"

#include <cstddef>
#include <ostream>

namespace accords::render {

// How the text report is drawn.
struct ReportTextOptions {
  bool color = false;    // bold headings and coloured type names (ANSI SGR)
  std::size_t width = 0; // terminal columns the year bars fit in; 0 means unknown (bars up to 40)
};

// The longest a year bar gets, in columns.
inline constexpr std::size_t max_bar_width = 40;

// Writes the report. Sections are separated by a blank line; rows are indented by two spaces
// and aligned in display columns. With no events, "No events match." follows the header and
// only the totals (all zero) come after it.
void write_report_text(std::ostream& out, const engine::ReportSummary& summary, const ReportTextOptions& options);

} // namespace accords::render
