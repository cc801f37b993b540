#include "render/report_html.hpp"

#include "model/source_text.hpp"
#include "render/chart_svg.hpp"
#include "render/markup_escape.hpp"
#include "render/report_words.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace accords::render {
namespace {

// The page's style sheet: light, printable, tables that scroll sideways on a narrow screen.
// The chart's own <style> applies to the whole page, so the page uses none of its class
// names (title, range, year, axis, grid, band, note, t-TYPE, b-TYPE).
constexpr std::string_view style_sheet =
    "body{margin:0 auto;padding:1rem 1.5rem 2rem;max-width:72rem;font-family:sans-serif;font-size:15px;"
    "line-height:1.45;color:#222;background:#fff}\n"
    "h1{font-size:1.6rem;margin:.5rem 0}\n"
    "h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid #ccc}\n"
    "h3{font-size:1.05rem;margin:1.2rem 0 .4rem}\n"
    "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:0}\n"
    "dl.facts dt{font-weight:bold}\n"
    "dl.facts dd{margin:0}\n"
    ".scroll{overflow-x:auto}\n"
    "table{border-collapse:collapse;margin:.3rem 0}\n"
    "th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}\n"
    "th{background:#f2f2f2}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "td.bar{width:16rem}\n"
    "td.bar span{display:block;height:.8rem;margin-top:.25rem;background:#4a6fa5;"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "td.nowrap{white-space:nowrap}\n"
    ".notes{margin:.2rem 0 0;color:#555;font-size:.9em;white-space:pre-line}\n"
    "ul.sources{margin:0;padding-left:1rem;font-size:.9em}\n"
    "ul.sources li{overflow-wrap:anywhere}\n"
    "a{color:#1a4d8f}\n"
    "figure{margin:.5rem 0}\n"
    "figure svg{max-width:100%;height:auto}\n"
    "@media print{body{max-width:none;padding:0}.scroll{overflow:visible}a{color:inherit}"
    "h2{break-after:avoid}tr{break-inside:avoid}}\n";

// What replaces a character that HTML takes for an error whatever its escaping (a control
// character but tab and line ends, a noncharacter): a space, or U+FFFD for a noncharacter.
std::optional<std::string_view> not_in_html(char32_t c) {
  if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
    return " ";
  }
  if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe) {
    return "\uFFFD";
  }
  return std::nullopt;
}

// One line of text, escaped for element content and attribute values alike.
std::string text(std::string_view value) { return escape_markup(one_line(value), Quotes::escape); }

// Text that may span lines (notes), escaped, without the blanks and line breaks at its end
// (the other control characters are left to not_in_html).
std::string lines(std::string_view value) {
  return escape_markup(value.substr(0, value.find_last_not_of(" \t\r\n") + 1), Quotes::escape);
}

// The <title> of the page: the report's title, and the filters when there are any.
std::string page_title(const engine::ReportSummary& summary) {
  const auto filters = filter_words(summary.filters);
  return filters == "none" ? report_title(summary) : report_title(summary) + " \u2014 " + filters;
}

class HtmlReport {
public:
  HtmlReport(std::ostream& out, const engine::ReportSummary& summary, const EventList& events,
             const ReportHtmlOptions& options)
      : out_(out), summary_(summary), events_(events), options_(options) {}

  void write() {
    out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>" << text(page_title(summary_)) << "</title>\n"
         << "<style>\n"
         << style_sheet << "</style>\n</head>\n<body>\n";
    header();
    out_ << "<main>\n";
    if (summary_.events == 0) {
      out_ << "<p>No events match.</p>\n";
    }
    totals();
    if (summary_.events != 0) {
      per_year();
      per_type();
      per_party();
      first_and_last();
      members();
      chart();
      event_table();
    }
    out_ << "</main>\n</body>\n</html>\n";
  }

private:
  void header() {
    out_ << "<header>\n<h1>" << text(report_title(summary_)) << "</h1>\n<dl class=\"facts\">\n";
    for (const auto& [label, value] :
         {std::pair{"Data", data_words(summary_.data)}, std::pair{"Filters", filter_words(summary_.filters)},
          std::pair{"Range", range_words(summary_.covered, summary_.asked)}}) {
      out_ << "<dt>" << label << "</dt><dd>" << text(value) << "</dd>\n";
    }
    out_ << "</dl>\n</header>\n";
  }

  // A section's start: its heading and id.
  void section(std::string_view id, std::string_view heading) {
    out_ << "<section id=\"" << id << "\">\n<h2>" << text(heading) << "</h2>\n";
  }

  // A table's start, in a box that scrolls sideways; `numeric` columns align right.
  void table_start(const std::vector<std::string_view>& columns, const std::vector<bool>& numeric = {}) {
    out_ << "<div class=\"scroll\">\n<table>\n<thead>\n<tr>";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      out_ << (i < numeric.size() && numeric[i] ? "<th class=\"num\">" : "<th>") << columns[i] << "</th>";
    }
    out_ << "</tr>\n</thead>\n<tbody>\n";
  }

  void table_end() { out_ << "</tbody>\n</table>\n</div>\n"; }

  void totals() {
    section("totals", "Totals");
    table_start({"events", "treaties", "parties", "mediators"}, {true, true, true, true});
    out_ << fmt::format("<tr><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                        "<td class=\"num\">{}</td></tr>\n",
                        summary_.events, summary_.treaties.size(), summary_.parties, summary_.mediators);
    table_end();
    out_ << "</section>\n";
  }

  void per_year() {
    section("per-year", "Per year");
    std::size_t largest = 0;
    for (const auto& year : summary_.per_year) {
      largest = std::max(largest, year.events);
    }
    table_start({"year", "events", "chart"}, {false, true, false});
    for (const auto& year : summary_.per_year) {
      const auto percent = scaled(year.events, largest, 100);
      out_ << fmt::format(R"(<tr><td>{:04}</td><td class="num">{}</td><td class="bar">)", year.year, year.events)
           << (percent == 0 ? std::string() : fmt::format("<span style=\"width:{}%\"></span>", percent))
           << "</td></tr>\n";
    }
    table_end();
    out_ << "</section>\n";
  }

  void per_type() {
    section("per-type", "Per type");
    table_start({"type", "events"}, {false, true});
    for (const auto& type : summary_.per_type) {
      out_ << "<tr><td>" << model::event_type_name(type.type) << "</td><td class=\"num\">" << type.events
           << "</td></tr>\n";
    }
    table_end();
    out_ << "</section>\n";
  }

  void per_party() {
    section("per-party", "Per party");
    table_start({"code", "party", "events"}, {false, false, true});
    for (const auto& party : summary_.per_party) {
      out_ << "<tr><td>" << text(party.party) << "</td><td>" << text(party.name) << "</td><td class=\"num\">"
           << party.events << "</td></tr>\n";
    }
    table_end();
    if (summary_.parties_not_shown != 0) {
      out_ << "<p>And " << count_of(summary_.parties_not_shown, "more party", "more parties") << ".</p>\n";
    }
    out_ << "</section>\n";
  }

  void first_and_last() {
    section("first-and-last", "First and last events");
    table_start({"event", "date", "type", "parties", "title", "id"});
    for (const auto& [label, event] : {std::pair{"first", summary_.first}, std::pair{"last", summary_.last}}) {
      out_ << "<tr><td>" << label << "</td><td class=\"nowrap\">" << text(event_dates(*event)) << "</td><td>"
           << model::event_type_name(event->type) << "</td><td>" << text(party_codes(*event)) << "</td><td>"
           << text(event->title) << "</td><td>" << text(event->id) << "</td></tr>\n";
    }
    table_end();
    out_ << "</section>\n";
  }

  void members() {
    section("members", "Members as of " + day_text(summary_.members_as_of));
    for (const auto& treaty : summary_.members) {
      out_ << "<h3>" << text(treaty.treaty.name) << "</h3>\n";
      if (treaty.groups.empty()) {
        out_ << "<p>No party has a status.</p>\n";
        continue;
      }
      table_start({"status", "code", "party", "since", "event"});
      for (const auto& group : treaty.groups) {
        for (const auto& member : group.members) {
          out_ << "<tr><td>" << model::status_name(group.status) << "</td><td>" << text(member.party) << "</td><td>"
               << text(member.name) << "</td><td class=\"nowrap\">" << text(member.since_date.text()) << "</td><td>"
               << text(member.since->title) << "</td></tr>\n";
        }
      }
      table_end();
    }
    out_ << "</section>\n";
  }

  void chart() {
    section("chart", "Chart");
    out_ << "<figure>\n";
    write_chart_svg(out_, events_, options_.treaties,
                    {.by = options_.chart_by,
                     .width = options_.chart_width,
                     .title = options_.chart_title,
                     .xml_declaration = false});
    out_ << "</figure>\n</section>\n";
  }

  void event_table() {
    section("events", "Events");
    table_start({"date", "type", "parties", "title", "place", "sources"});
    for (const auto* event : events_) {
      out_ << "<tr><td class=\"nowrap\">" << text(event_dates(*event)) << "</td><td>"
           << model::event_type_name(event->type) << "</td><td>" << text(party_codes(*event)) << "</td><td>"
           << text(event->title);
      if (event->notes) {
        out_ << "<p class=\"notes\">" << lines(*event->notes) << "</p>";
      }
      out_ << "</td><td>" << (event->place ? text(*event->place) : std::string()) << "</td><td>";
      if (!event->sources.empty()) {
        out_ << "<ul class=\"sources\">";
        for (const auto source : event->sources) {
          out_ << "<li>" << html_source(source) << "</li>";
        }
        out_ << "</ul>";
      }
      out_ << "</td></tr>\n";
    }
    table_end();
    out_ << "</section>\n";
  }

  std::ostream& out_;
  const engine::ReportSummary& summary_;
  const EventList& events_;
  const ReportHtmlOptions& options_;
};

} // namespace

std::string html_source(std::string_view source) {
  const auto shown = text(source);
  return model::is_web_address(source) ? fmt::format("<a href=\"{}\">{}</a>", shown, shown) : shown;
}

void write_report_html(std::ostream& out, const engine::ReportSummary& summary, const EventList& events,
                       const ReportHtmlOptions& options) {
  std::ostringstream page; // the chart's texts too need the characters HTML refuses replaced
  HtmlReport(page, summary, events, options).write();
  out << util::replace_code_points(page.str(), not_in_html);
}

} // namespace accords::render
