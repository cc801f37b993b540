// render/chart_terminal, render/chart_svg and render/chart_json: the chart drawn for a
// terminal (Unicode, ASCII, colour), as an SVG document and as JSON.
#include "render/chart_json.hpp"
#include "render/chart_svg.hpp"
#include "render/chart_terminal.hpp"

#include "model/country.hpp"
#include "test_events.hpp"
#include "util/utf8.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;
using testing::make_timeline;

std::vector<const model::Event*> pointers(const engine::Timeline& timeline) {
  std::vector<const model::Event*> events;
  for (const auto& event : timeline.events()) {
    events.push_back(&event);
  }
  return events;
}

// Four events on 2020-2021: a collision in Israel's row (ratification over signing), a
// summit lasting four months and a month-long report.
engine::Timeline small_timeline() {
  EventExtras summit;
  summit.end = "2021-09-30";
  return make_timeline({
      make_event("a", "2020-03-10", EventType::signing, {"IL", "AE"}),
      make_event("b", "2020-03-12", EventType::ratification, {"IL"}),
      make_event("c", "2021-06-01", EventType::summit, {"AE"}, summit),
      make_event("d", "2021-12", EventType::report, {"OM"}),
  });
}

std::string text_chart(const engine::Timeline& timeline, ChartTextOptions options) {
  std::ostringstream out;
  write_chart_text(out, pointers(timeline), timeline.treaties(), options);
  return out.str();
}

std::string svg_chart(const engine::Timeline& timeline, ChartSvgOptions options = {}) {
  std::ostringstream out;
  write_chart_svg(out, pointers(timeline), timeline.treaties(), options);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++n;
  }
  return n;
}

// Checks that every element is closed in order and every '&' starts an entity; returns the
// first problem, or "" when there is none.
std::string xml_problem(const std::string& text) {
  std::vector<std::string> open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      const auto semicolon = text.find(';', i);
      const auto entity = text.substr(i, semicolon == std::string::npos ? 1 : semicolon - i + 1);
      if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&apos;") {
        return "bad entity at " + std::to_string(i);
      }
    }
    if (text[i] != '<' || text.compare(i, 2, "<?") == 0) {
      continue;
    }
    const auto close = text.find('>', i);
    if (close == std::string::npos) {
      return "unclosed tag";
    }
    const auto tag = text.substr(i + 1, close - i - 1);
    const auto name =
        tag.substr(tag.front() == '/' ? 1 : 0, tag.find_first_of(" />", 1) - (tag.front() == '/' ? 1 : 0));
    if (tag.front() == '/') {
      if (open.empty() || open.back() != name) {
        return "unexpected </" + name + ">";
      }
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(name);
    }
    i = close;
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

TEST(ChartText, Unicode) {
  ChartTextOptions options;
  options.width = 40;
  EXPECT_EQ(text_chart(small_timeline(), options), "4 events from 2020-03-10 to 2021-12, one\n"
                                                   "row per party\n"
                                                   "              2020         2021\n"
                                                   "              ┬────────────┬────────────\n"
                                                   "IL Israel       ■\n"
                                                   "AE United Ar…   ●               ▲━━━━\n"
                                                   "OM Oman                               ○━\n"
                                                   "Legend: ■ ratification  ● signing\n"
                                                   "        ▲ summit  ○ report  ━ duration\n"
                                                   "A cell with several events shows the\n"
                                                   "type listed first.\n");
}

TEST(ChartText, Ascii) {
  ChartTextOptions options;
  options.width = 40;
  options.ascii = true;
  EXPECT_EQ(text_chart(small_timeline(), options), "4 events from 2020-03-10 to 2021-12, one\n"
                                                   "row per party\n"
                                                   "              2020         2021\n"
                                                   "              +------------+------------\n"
                                                   "IL Israel       R\n"
                                                   "AE United...    S               ^====\n"
                                                   "OM Oman                               ?=\n"
                                                   "Legend: R ratification  S signing\n"
                                                   "        ^ summit  ? report  = duration\n"
                                                   "A cell with several events shows the\n"
                                                   "type listed first.\n");
}

TEST(ChartText, Colour) {
  ChartTextOptions options;
  options.width = 40;
  options.color = true;
  EXPECT_EQ(text_chart(small_timeline(), options),
            "4 events from 2020-03-10 to 2021-12, one\n"
            "row per party\n"
            "              2020         2021\n"
            "              ┬────────────┬────────────\n"
            "IL Israel       \x1b[32m■\x1b[0m\n"
            "AE United Ar…   \x1b[32m●\x1b[0m               \x1b[35m▲━━━━\x1b[0m\n"
            "OM Oman                               \x1b[2m○━\x1b[0m\n"
            "Legend: \x1b[32m■\x1b[0m ratification  \x1b[32m●\x1b[0m signing\n"
            "        \x1b[35m▲\x1b[0m summit  \x1b[2m○\x1b[0m report  ━ duration\n"
            "A cell with several events shows the\n"
            "type listed first.\n");
}

TEST(ChartText, ByType) {
  ChartTextOptions options;
  options.width = 40;
  options.by = ChartGrouping::type;
  EXPECT_EQ(text_chart(small_timeline(), options), "4 events from 2020-03-10 to 2021-12, one\n"
                                                   "row per type\n"
                                                   "             2020         2021\n"
                                                   "             ┬────────────┬─────────────\n"
                                                   "report                                ○━\n"
                                                   "signing        ●\n"
                                                   "ratification   ■\n"
                                                   "summit                          ▲━━━━\n"
                                                   "Legend: ■ ratification  ● signing\n"
                                                   "        ▲ summit  ○ report  ━ duration\n");
}

TEST(ChartText, OneEvent) {
  const auto timeline = make_timeline({make_event("a", "2003-05-20", EventType::accession, {"GL"})});
  ChartTextOptions options;
  options.width = 40;
  EXPECT_EQ(text_chart(timeline, options), "1 event on 2003-05-20, one row per party\n"
                                           "             2003\n"
                                           "             ┬──────────────────────────\n"
                                           "GL Greenland           ◆\n"
                                           "Legend: ◆ accession\n");
}

TEST(ChartText, NoEvents) {
  const auto timeline = make_timeline({});
  EXPECT_EQ(text_chart(timeline, {}), "No events match.\n");
}

TEST(ChartText, NoLineWiderThanTheWidth) {
  std::vector<model::Event> events;
  for (int i = 0; i < 40; ++i) {
    events.push_back(make_event("e" + std::to_string(i), std::to_string(1950 + i),
                                model::all_event_types()[static_cast<std::size_t>(i % 14)],
                                {std::string(model::all_countries()[static_cast<std::size_t>(i)].alpha2)}));
  }
  const auto timeline = make_timeline(std::move(events));
  for (const std::size_t width : {40U, 57U, 80U, 133U}) {
    ChartTextOptions options;
    options.width = width;
    const auto text = text_chart(timeline, options);
    std::istringstream lines(text);
    std::size_t n = 0;
    for (std::string line; std::getline(lines, line); ++n) {
      EXPECT_LE(util::display_width(line), width) << line;
      EXPECT_TRUE(line.empty() || line.back() != ' ') << line;
    }
    // Title, labels and axis, 40 rows, the axis and labels again, a legend.
    EXPECT_GT(n, 46U);
    EXPECT_NE(text.find("┴"), std::string::npos);
  }
}

TEST(ChartText, GlyphsAreDistinctAndOneColumnWide) {
  std::vector<std::string> unicode;
  std::vector<std::string> ascii;
  for (const auto type : model::all_event_types()) {
    EXPECT_EQ(util::display_width(chart_glyph(type, false)), 1U) << model::event_type_name(type);
    EXPECT_EQ(chart_glyph(type, true).size(), 1U);
    unicode.emplace_back(chart_glyph(type, false));
    ascii.emplace_back(chart_glyph(type, true));
  }
  std::sort(unicode.begin(), unicode.end());
  std::sort(ascii.begin(), ascii.end());
  EXPECT_EQ(std::unique(unicode.begin(), unicode.end()), unicode.end());
  EXPECT_EQ(std::unique(ascii.begin(), ascii.end()), ascii.end());
}

TEST(ChartSvg, EscapesXml) {
  EXPECT_EQ(xml_escape(R"(Tom & Jerry <b> "q" 's')"), "Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &apos;s&apos;");
  EXPECT_EQ(xml_escape("Tórshavn"), "Tórshavn");
}

TEST(ChartSvg, ADocumentWithEveryPart) {
  const auto svg = svg_chart(small_timeline(), {ChartGrouping::party, 400, ""});
  EXPECT_EQ(xml_problem(svg), "");
  EXPECT_EQ(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "version=\"1.1\" width=\"400\" height=\"",
                      0),
            0U);
  EXPECT_NE(svg.find("viewBox=\"0 0 400 "), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
  EXPECT_EQ(count(svg, "http"), 1U); // the namespace, and no other reference
  EXPECT_EQ(count(svg, "href"), 0U);
  EXPECT_EQ(count(svg, "<script"), 0U);
  EXPECT_NE(svg.find("<title>accords chart: 4 events from 2020-03-10 to 2021-12, one row per party</title>"),
            std::string::npos);
  // The title, wrapped at 9 pixels a letter.
  EXPECT_NE(svg.find("<text class=\"title\" x=\"16\" y=\"30\">4 events from 2020-03-10 to 2021-12, one</text>\n"
                     "<text class=\"title\" x=\"16\" y=\"50\">row per party</text>\n"),
            std::string::npos);
  // The axis: 2020 and 2021, with ticks.
  EXPECT_NE(svg.find(">2020</text>"), std::string::npos);
  EXPECT_NE(svg.find(">2021</text>"), std::string::npos);
  EXPECT_EQ(count(svg, "<line class=\"grid\""), 2U);
  // One row per party, each with its label.
  EXPECT_EQ(count(svg, "<g class=\"row\">"), 3U);
  EXPECT_NE(svg.find(">IL Israel</text>"), std::string::npos);
  EXPECT_NE(svg.find(">AE United Arab E…</text>"), std::string::npos); // 30% of 400 pixels at 7 a letter
  // One mark per occupied cell, with a tooltip of its events; bars below the long events.
  EXPECT_EQ(count(svg, "<path class=\"t-ratification\" transform"), 2U); // the mark and the legend
  EXPECT_NE(svg.find("<title>2020-03-10 signing: Title of a\n2020-03-12 ratification: Title of b</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<title>2021-06-01–2021-09-30 summit: Title of c</title>"), std::string::npos);
  // 23 cells of 10 pixels from x=145: the summit (cells 16-20) has a bar, the report's month fits in one
  // cell; rows start 20 pixels lower for the second line of the title.
  EXPECT_NE(svg.find("<rect class=\"b-summit\" x=\"310\" y=\"114\" width=\"40\" height=\"4\" rx=\"2\">"),
            std::string::npos);
  EXPECT_EQ(count(svg, "<rect class=\"b-"), 2U);  // the summit's and the legend's
  EXPECT_EQ(count(svg, "<title>"), 1U + 4U + 1U); // the document, four marks, one bar
  // The legend, most significant first, and the note on collisions.
  const auto legend = svg.substr(svg.find("<g id=\"legend\">"));
  EXPECT_LT(legend.find(">ratification<"), legend.find(">signing<"));
  EXPECT_LT(legend.find(">signing<"), legend.find(">summit<"));
  EXPECT_LT(legend.find(">summit<"), legend.find(">report<"));
  EXPECT_LT(legend.find(">report<"), legend.find(">duration<"));
  EXPECT_NE(legend.find("shows the type listed"), std::string::npos);
}

TEST(ChartSvg, TitlesAndLabelsAreEscaped) {
  EventExtras extras;
  extras.title = R"(Talks on "fish" & <quotas> at O'Hara's)";
  extras.treaty = "other";
  auto timeline = engine::Timeline({testing::make_treaty("other", "Cod & <Haddock> Pact")},
                                   {make_event("a", "2020-03-10", EventType::summit, {"IS"}, extras)}, {});
  const auto svg = svg_chart(timeline, {ChartGrouping::treaty, 1000, ""});
  EXPECT_EQ(xml_problem(svg), "");
  EXPECT_NE(svg.find("<title>2020-03-10 summit: Talks on &quot;fish&quot; &amp; &lt;quotas&gt; at O&apos;Hara&apos;s"
                     "</title>"),
            std::string::npos);
  EXPECT_NE(svg.find(">Cod &amp; &lt;Haddock&gt; Pact</text>"), std::string::npos);
}

TEST(ChartSvg, TheHeadingComesFirstEscapedThenTheRange) {
  const auto svg = svg_chart(small_timeline(), {ChartGrouping::party, 1000, "Fish & <Chips> \"Accord\"\nline"});
  EXPECT_EQ(xml_problem(svg), "");
  EXPECT_NE(
      svg.find("<title>Fish &amp; &lt;Chips&gt; &quot;Accord&quot; line: 4 events from 2020-03-10 to 2021-12, one "
               "row per party</title>"),
      std::string::npos)
      << svg.substr(0, 400);
  const auto heading =
      svg.find("<text class=\"title\" x=\"16\" y=\"30\">Fish &amp; &lt;Chips&gt; &quot;Accord&quot; line</text>");
  const auto range =
      svg.find("<text class=\"range\" x=\"16\" y=\"50\">4 events from 2020-03-10 to 2021-12, one row per party");
  EXPECT_NE(heading, std::string::npos);
  EXPECT_NE(range, std::string::npos);
  EXPECT_LT(heading, range);
}

TEST(ChartSvg, WithoutAHeadingTheRangeIsTheTitle) {
  const auto svg = svg_chart(small_timeline(), {ChartGrouping::party, 1000, ""});
  EXPECT_NE(svg.find("<text class=\"title\" x=\"16\" y=\"30\">4 events from"), std::string::npos);
  EXPECT_EQ(svg.find("class=\"range\""), std::string::npos);
}

TEST(ChartText, TheHeadingIsTheFirstLine) {
  ChartTextOptions options;
  options.title = "Northern\tFisheries";
  const auto text = text_chart(small_timeline(), options);
  EXPECT_EQ(text.substr(0, text.find('\n', text.find('\n') + 1) + 1),
            "Northern Fisheries\n4 events from 2020-03-10 to 2021-12, one row per party\n");
}

TEST(ChartSvg, SameInputSameBytes) { EXPECT_EQ(svg_chart(small_timeline()), svg_chart(small_timeline())); }

TEST(ChartSvg, NoEvents) {
  const auto svg = svg_chart(make_timeline({}), {ChartGrouping::party, 500, ""});
  EXPECT_EQ(xml_problem(svg), "");
  EXPECT_NE(svg.find("width=\"500\" height=\"60\" viewBox=\"0 0 500 60\""), std::string::npos);
  EXPECT_NE(svg.find(">No events match.</text>\n</svg>\n"), std::string::npos);
  EXPECT_EQ(count(svg, "<g class=\"row\">"), 0U);
}

TEST(ChartJson, RowsAndEvents) {
  std::ostringstream out;
  const auto timeline = small_timeline();
  write_chart_json(out, pointers(timeline), timeline.treaties(), ChartGrouping::treaty);
  EXPECT_EQ(out.str(), R"({
  "by": "treaty",
  "first_year": 2020,
  "last_year": 2021,
  "events": 4,
  "rows": [
    {
      "key": "accords",
      "name": "Accords",
      "events": [
        {
          "id": "a",
          "date": "2020-03-10",
          "end": null,
          "type": "signing",
          "title": "Title of a"
        },
        {
          "id": "b",
          "date": "2020-03-12",
          "end": null,
          "type": "ratification",
          "title": "Title of b"
        },
        {
          "id": "c",
          "date": "2021-06-01",
          "end": "2021-09-30",
          "type": "summit",
          "title": "Title of c"
        },
        {
          "id": "d",
          "date": "2021-12",
          "end": null,
          "type": "report",
          "title": "Title of d"
        }
      ]
    }
  ]
}
)");
}

TEST(ChartJson, NoEvents) {
  std::ostringstream out;
  write_chart_json(out, {}, {}, ChartGrouping::party);
  EXPECT_EQ(out.str(), "{\n  \"by\": \"party\",\n  \"first_year\": null,\n  \"last_year\": null,\n  \"events\": 0,\n"
                       "  \"rows\": []\n}\n");
}

} // namespace
} // namespace accords::render
