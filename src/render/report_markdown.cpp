#include "render/report_markdown.hpp"

#include "render/markdown_escape.hpp"
#include "render/report_text.hpp"
#include "render/report_words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace accords::render {
namespace {

// The header row and the delimiter row; numeric columns (named in `right`) align right.
void table_header(std::ostream& out, const std::vector<std::string>& names, const std::vector<bool>& right) {
  write_markdown_row(out, names);
  std::vector<std::string> rule;
  for (std::size_t i = 0; i < names.size(); ++i) {
    rule.emplace_back(i < right.size() && right[i] ? "---:" : "---");
  }
  write_markdown_row(out, rule);
}

void header(std::ostream& out, const engine::ReportSummary& summary) {
  out << "## " << markdown_text(report_title(summary)) << "\n\n";
  out << "- Data: " << markdown_text(data_words(summary.data)) << '\n';
  out << "- Filters: " << markdown_text(filter_words(summary.filters)) << '\n';
  out << "- Range: " << markdown_text(range_words(summary.covered, summary.asked)) << '\n';
}

void totals(std::ostream& out, const engine::ReportSummary& summary) {
  out << "\n### Totals\n\n";
  table_header(out, {"events", "treaties", "parties", "mediators"}, {true, true, true, true});
  write_markdown_row(out, {std::to_string(summary.events), std::to_string(summary.treaties.size()),
                           std::to_string(summary.parties), std::to_string(summary.mediators)});
}

void per_year(std::ostream& out, const engine::ReportSummary& summary) {
  out << "\n### Per year\n\n";
  std::size_t largest = 0;
  for (const auto& year : summary.per_year) {
    largest = std::max(largest, year.events);
  }
  table_header(out, {"year", "events", "chart"}, {false, true, false});
  for (const auto& year : summary.per_year) {
    const auto marks = std::string(scaled(year.events, largest, max_bar_width), '#');
    write_markdown_row(out, {fmt::format("{:04}", year.year), std::to_string(year.events), "`" + marks + "`"});
  }
}

void per_type(std::ostream& out, const engine::ReportSummary& summary) {
  out << "\n### Per type\n\n";
  table_header(out, {"type", "events"}, {false, true});
  for (const auto& type : summary.per_type) {
    write_markdown_row(out, {std::string(model::event_type_name(type.type)), std::to_string(type.events)});
  }
}

void per_party(std::ostream& out, const engine::ReportSummary& summary) {
  out << "\n### Per party\n\n";
  table_header(out, {"code", "party", "events"}, {false, false, true});
  for (const auto& party : summary.per_party) {
    write_markdown_row(out, {markdown_text(party.party), markdown_text(party.name), std::to_string(party.events)});
  }
  if (summary.parties_not_shown != 0) {
    out << "\nAnd " << count_of(summary.parties_not_shown, "more party", "more parties") << ".\n";
  }
}

void first_and_last(std::ostream& out, const engine::ReportSummary& summary) {
  out << "\n### First and last events\n\n";
  table_header(out, {"event", "date", "type", "parties", "title", "id"}, {});
  for (const auto& [label, event] : {std::pair{"first", summary.first}, std::pair{"last", summary.last}}) {
    write_markdown_row(out,
                       {label, markdown_text(event_dates(*event)), std::string(model::event_type_name(event->type)),
                        markdown_text(party_codes(*event)), markdown_text(event->title), markdown_text(event->id)});
  }
}

void members(std::ostream& out, const engine::ReportSummary& summary) {
  out << "\n### Members as of " << day_text(summary.members_as_of) << "\n\n";
  for (const auto& treaty : summary.members) {
    out << "- " << markdown_text(treaty.treaty.name) << '\n';
    if (treaty.groups.empty()) {
      out << "  - no party has a status\n";
    }
    for (const auto& group : treaty.groups) {
      out << "  - " << model::status_name(group.status) << " (" << group.members.size() << ")\n";
      for (const auto& member : group.members) {
        out << "    - " << markdown_text(member.party) << ' ' << markdown_text(member.name) << ", since "
            << member.since_date.text() << '\n';
      }
    }
  }
}

} // namespace

void write_report_markdown(std::ostream& out, const engine::ReportSummary& summary) {
  header(out, summary);
  if (summary.events == 0) {
    out << "\nNo events match.\n";
  }
  totals(out, summary);
  if (summary.events == 0) {
    return;
  }
  per_year(out, summary);
  per_type(out, summary);
  per_party(out, summary);
  first_and_last(out, summary);
  members(out, summary);
}

} // namespace accords::render
