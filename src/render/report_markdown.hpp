#pragma once
// The report as GitHub-flavoured Markdown, to paste into a briefing.

#include "engine/report_summary.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace accords::render {

// The text with Markdown's inline punctuation (\ ` * _ [ ] < > | # & ~) escaped by a
// backslash and control characters (line breaks included) turned into spaces, so that it
// reads as written in a table cell, a list item or a heading.
[[nodiscard]] std::string markdown_text(std::string_view text);

// Writes the report: a "##" title, a list for the data, filters and range, "###" sections,
// pipe tables for the totals and the counts per year (with a bar of '#' as inline code), per
// type and per party, a table for the first and last events and a nested list of members by
// treaty and status. With no events, "No events match." and the totals (all zero) follow the
// header.
void write_report_markdown(std::ostream& out, const engine::ReportSummary& summary);

} // namespace accords::render
