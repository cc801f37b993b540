#pragma once
// The report as GitHub-flavoured Markdown, to paste into a briefing.

#include "engine/report_summary.hpp"
#include "render/markdown_escape.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace accords::render {

// Writes the report: a "##" title, a list for the data, filters and range, "###" sections,
// pipe tables for the totals and the counts per year (with a bar of '#' as inline code), per
// type and per party, a table for the first and last events and a nested list of members by
// treaty and status. With no events, "No events match." and the totals (all zero) follow the
// header.
void write_report_markdown(std::ostream& out, const engine::ReportSummary& summary);

} // namespace accords::render
