// render/report_html: the report as an HTML page, its structure, its links and its escaping.
#include "render/report_html.hpp"

#include "render/chart_svg.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::date_of;
using testing::day_of;
using testing::EventExtras;
using testing::kept;
using testing::kept_list;
using testing::make_event;
using testing::make_treaty;

// Text meant to break out of an element, an attribute or the style sheet, with a marker
// that tells where it came from.
std::string hostile(std::string_view marker) {
  return "<script>alert('" + std::string(marker) + "')</script><img src=x onerror=\"" + std::string(marker) +
         "\"> \"><b>" + std::string(marker) + "</b></style>&amp;";
}

// The same, as the page must write it.
std::string hostile_escaped(std::string_view marker) {
  return "&lt;script&gt;alert(&apos;" + std::string(marker) + "&apos;)&lt;/script&gt;&lt;img src=x onerror=&quot;" +
         std::string(marker) + "&quot;&gt; &quot;&gt;&lt;b&gt;" + std::string(marker) +
         "&lt;/b&gt;&lt;/style&gt;&amp;amp;";
}

// Two events of a treaty with a hostile name: hostile texts in the title, place, notes and
// sources of the first; the second is plain.
engine::Timeline hostile_timeline() {
  auto first = make_event("first", "2020-09-15", EventType::signing, {"IL", "AE"});
  first.title = kept(hostile("TITLE"));
  first.place = kept(hostile("PLACE"));
  first.notes = kept(hostile("NOTES") + "\nsecond line\n\n");
  first.sources = kept_list(
      {"https://example.org/a?b=1&c=\"><script>alert('HREF')</script>", "javascript:alert(1)", hostile("SOURCE")});
  auto second = make_event("second", "2021-03", EventType::ratification, {"AE"});
  std::vector<model::Event> events{first, second};
  events[1].load_index = 1;
  return engine::Timeline({make_treaty("accords", hostile("TREATY"))}, testing::deque_of(events), {});
}

std::vector<const model::Event*> pointers(const engine::Timeline& timeline) {
  std::vector<const model::Event*> events;
  for (const auto& event : timeline.events()) {
    events.push_back(&event);
  }
  return events;
}

engine::ReportSummary summary_of(const engine::Timeline& timeline, const std::vector<const model::Event*>& events) {
  engine::ReportRequest request;
  request.filter.grep = hostile("GREP");
  request.filter.tags = {hostile("TAG")};
  request.data = {hostile("DATA")};
  request.members_as_of = day_of("2026-11-26");
  return engine::summarize(events, timeline, request);
}

std::string html(const engine::ReportSummary& summary, const std::vector<const model::Event*>& events,
                 const engine::Timeline& timeline, const std::string& chart_title = "") {
  ReportHtmlOptions options;
  options.treaties = timeline.treaties();
  options.chart_title = chart_title;
  std::ostringstream out;
  write_report_html(out, summary, events, options);
  return out.str();
}

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++found;
  }
  return found;
}

// The names of the elements the page opens, e.g. {"a", "body", ...}.
std::set<std::string> element_names(const std::string& page) {
  std::set<std::string> names;
  const std::regex tag("<([A-Za-z][A-Za-z0-9]*)");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), tag); it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1].str());
  }
  return names;
}

TEST(ReportHtml, StructureOfAPage) {
  const auto timeline = hostile_timeline();
  const auto events = pointers(timeline);
  const auto page = html(summary_of(timeline, events), events, timeline);
  EXPECT_TRUE(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
  EXPECT_TRUE(page.ends_with("</main>\n</body>\n</html>\n"));
  const auto head = page.substr(0, page.find("<body>"));
  EXPECT_EQ(count(head, "<title>"), 1U);
  EXPECT_EQ(count(head, "<style>"), 1U);
  for (const auto* section :
       {"totals", "per-year", "per-type", "per-party", "first-and-last", "members", "chart", "events"}) {
    EXPECT_EQ(count(page, "<section id=\"" + std::string(section) + "\">"), 1U) << section;
  }
  EXPECT_EQ(count(page, "<svg "), 1U);
  EXPECT_EQ(count(page, "<?xml"), 0U);
  EXPECT_EQ(count(page, "<table>"), 7U); // totals, year, type, party, first and last, members, events
  // One row of the event table per event: the rows after the events section's header.
  const auto event_rows = page.substr(page.find("<section id=\"events\">"));
  EXPECT_EQ(count(event_rows, "<tr>"), 1U + events.size());
  EXPECT_NE(event_rows.find("<td class=\"nowrap\">2021-03</td><td>ratification</td><td>AE</td>"), std::string::npos);
  // Members: both parties of the signing, as of the end of the range.
  EXPECT_NE(page.find("<tr><td>party</td><td>AE</td><td>United Arab Emirates</td><td class=\"nowrap\">2020-09-15"),
            std::string::npos);
  EXPECT_NE(page.find("<tr><td>party</td><td>IL</td><td>Israel</td>"), std::string::npos);
  EXPECT_NE(page.find("<span style=\"width:100%\"></span>"), std::string::npos); // 2020 and 2021: one event each
  // Nothing to fetch or run.
  const std::set<std::string> expected{"a",  "body", "dd",   "div",     "dl",    "dt",    "figure", "g",     "h1",
                                       "h2", "h3",   "head", "header",  "html",  "li",    "line",   "main",  "meta",
                                       "p",  "path", "rect", "section", "span",  "style", "svg",    "table", "tbody",
                                       "td", "text", "th",   "thead",   "title", "tr",    "ul"};
  EXPECT_EQ(element_names(page), expected);
}

TEST(ReportHtml, TheChartIsTheChartCommandsWithoutTheXmlDeclaration) {
  const auto timeline = hostile_timeline();
  const auto events = pointers(timeline);
  const auto page = html(summary_of(timeline, events), events, timeline, "Chart heading");
  std::ostringstream svg;
  write_chart_svg(svg, events, timeline.treaties(), {.title = "Chart heading"});
  const auto document = svg.str();
  ASSERT_TRUE(document.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
  const auto element = document.substr(document.find('\n') + 1);
  EXPECT_NE(page.find("<figure>\n" + element + "</figure>\n"), std::string::npos);
}

TEST(ReportHtml, EscapesHostileTextEverywhere) {
  const auto timeline = hostile_timeline();
  const auto events = pointers(timeline);
  const auto page = html(summary_of(timeline, events), events, timeline, hostile("CHART"));
  // No hostile text becomes markup: no <script>, <img> or <b>, and the only </style> are
  // those of the page's and the chart's style sheets.
  for (const auto* markup : {"<script", "<img", "<b>", "onerror=\""}) {
    EXPECT_EQ(count(page, markup), 0U) << markup;
  }
  EXPECT_EQ(count(page, "</style>"), 2U);
  // Each hostile text is there, escaped, where it belongs.
  EXPECT_NE(page.find("<dt>Data</dt><dd>" + hostile_escaped("DATA") + "</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dt>Filters</dt><dd>Text: &quot;" + hostile_escaped("GREP") +
                      "&quot;; tag: " + hostile_escaped("TAG")),
            std::string::npos);
  EXPECT_NE(page.find("<title>Report: " + hostile_escaped("TREATY") + " \u2014 Text: &quot;"), std::string::npos);
  EXPECT_NE(page.find("<h1>Report: " + hostile_escaped("TREATY") + "</h1>"), std::string::npos);
  EXPECT_NE(page.find("<h3>" + hostile_escaped("TREATY") + "</h3>"), std::string::npos);
  EXPECT_NE(page.find("<td>" + hostile_escaped("TITLE") + "</td><td>first</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>" + hostile_escaped("TITLE") + "<p class=\"notes\">" + hostile_escaped("NOTES") +
                      "\nsecond line</p></td><td>" + hostile_escaped("PLACE") + "</td>"),
            std::string::npos);
  EXPECT_NE(page.find("<li>" + hostile_escaped("SOURCE") + "</li>"), std::string::npos);
  EXPECT_NE(page.find("<text class=\"title\" x=\"16\" y=\"30\">" + hostile_escaped("CHART").substr(0, 20)),
            std::string::npos);
  // The members table names the event a party holds its status from.
  EXPECT_NE(page.find("<td class=\"nowrap\">2020-09-15</td><td>" + hostile_escaped("TITLE") + "</td></tr>"),
            std::string::npos);
}

TEST(ReportHtml, CharactersHtmlRefusesAreReplaced) {
  // C1 control characters and DEL as spaces (C0 ones already are), noncharacters and bytes
  // that are not UTF-8 as U+FFFD, in the tables and in the chart alike.
  auto event = make_event("odd", "2020-09-15", EventType::signing, {"IL"});
  event.title = kept("a\u0085b\x7f"
                     "c\uFDD0d\uFFFEe\U0010FFFFf\xFFg\x01h \u200b\u00e9\t");
  const engine::Timeline timeline({make_treaty("accords", "Accords")}, testing::deque_of({event}), {});
  const auto events = pointers(timeline);
  const auto page = html(summary_of(timeline, events), events, timeline);
  const std::string expected = "a b c\uFFFDd\uFFFDe\uFFFDf\uFFFDg h \u200b\u00e9";
  // In the tables the tab is a space (one line); first, last, the members and the events.
  EXPECT_EQ(count(page, "<td>" + expected + " </td>"), 4U);
  // In the chart's tooltip the tab stays.
  EXPECT_EQ(count(page, "2020-09-15 signing: " + expected + "\t</title>"), 1U);
  for (const auto* refused : {"\u0085", "\x7f", "\uFDD0", "\uFFFE", "\U0010FFFF", "\x01"}) {
    EXPECT_EQ(page.find(refused), std::string::npos) << refused;
  }
}

TEST(ReportHtml, OnlyWebAddressesBecomeLinks) {
  EXPECT_EQ(html_source("https://example.org/a?b=1&c=2"),
            "<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>");
  EXPECT_EQ(html_source("http://example.org/it's\"><script>"),
            "<a href=\"http://example.org/it&apos;s&quot;&gt;&lt;script&gt;\">"
            "http://example.org/it&apos;s&quot;&gt;&lt;script&gt;</a>");
  for (const auto* source :
       {"javascript:alert(1)", "JavaScript://example.org/%0aalert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "ftp://example.org/f", "file:///etc/passwd", "//example.org/relative",
        "HTTPS://EXAMPLE.ORG/", "https://no-dot-host/", "https://example.org/with space", " https://example.org/",
        "Reuters, \"Title\", 2020-01-01"}) {
    const auto shown = html_source(source);
    EXPECT_EQ(shown.find('<'), std::string::npos) << source;
    EXPECT_EQ(shown.find("href"), std::string::npos) << source;
  }
  EXPECT_EQ(html_source("data:text/html,<script>alert(1)</script>"),
            "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(html_source("Reuters, \"Title\", 2020-01-01"), "Reuters, &quot;Title&quot;, 2020-01-01");
}

TEST(ReportHtml, EventSourcesInThePage) {
  const auto timeline = hostile_timeline();
  const auto events = pointers(timeline);
  const auto page = html(summary_of(timeline, events), events, timeline);
  EXPECT_EQ(count(page, "<a "), 1U); // only the https source of the first event
  EXPECT_NE(page.find("<ul class=\"sources\"><li><a href=\"https://example.org/a?b=1&amp;c=&quot;&gt;&lt;script&gt;"
                      "alert(&apos;HREF&apos;)&lt;/script&gt;\">"),
            std::string::npos);
  EXPECT_NE(page.find("<li>javascript:alert(1)</li>"), std::string::npos);
  // Inside the tags (the text between them taken out), every attribute value is in double
  // quotes and holds neither '<' nor '>': with the values emptied, each '=' is followed by
  // an empty pair of quotes and no single quote is left.
  const auto tags = std::regex_replace(page, std::regex(">[^<]*<"), "><");
  const auto emptied = std::regex_replace(tags, std::regex("\"[^\"<>]*\""), "\"\"");
  EXPECT_GT(count(emptied, "=\"\""), 100U);
  EXPECT_EQ(count(emptied, "="), count(emptied, "=\"\""));
  EXPECT_EQ(count(emptied, "'"), 0U);
}

TEST(ReportHtml, NoEvents) {
  const auto timeline = hostile_timeline();
  engine::ReportRequest request;
  request.filter.since = date_of("2030");
  request.members_as_of = day_of("2030-01-01");
  const auto summary = engine::summarize({}, timeline, request);
  const auto page = html(summary, {}, timeline);
  EXPECT_NE(page.find("<main>\n<p>No events match.</p>\n<section id=\"totals\">"), std::string::npos);
  EXPECT_NE(page.find("<tr><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                      "<td class=\"num\">0</td></tr>"),
            std::string::npos);
  EXPECT_EQ(count(page, "<section "), 1U);
  EXPECT_EQ(count(page, "<svg"), 0U);
  EXPECT_TRUE(page.ends_with("</section>\n</main>\n</body>\n</html>\n"));
  EXPECT_NE(page.find("<title>Report \u2014 Since 2030</title>"), std::string::npos);
}

} // namespace
} // namespace accords::render
