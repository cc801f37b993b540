// render/report_text, report_markdown, report_json and report_words: the report in each format.
#include "render/report_json.hpp"
#include "render/report_markdown.hpp"
#include "render/report_text.hpp"
#include "render/report_words.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::date_of;
using testing::day_of;
using testing::EventExtras;
using testing::make_event;
using testing::make_timeline;

// Five events over three years and two treaties: a multi-day event across a new year, a
// year-precision report, a multi-day last event and a title with Markdown in it.
engine::Timeline sample_timeline() {
  EventExtras signed_extras;
  signed_extras.mediators = {"US"};
  signed_extras.title = "Declaration | signed at the *White House*";
  EventExtras summit_extras;
  summit_extras.end = "2022-01-02";
  EventExtras other_extras;
  other_extras.treaty = "other";
  other_extras.end = "2022-05-03";
  return make_timeline({
      make_event("signed", "2020-09-15", EventType::signing, {"IL", "AE", "BH"}, signed_extras),
      make_event("summit", "2021-12-30", EventType::summit, {"IL", "MA"}, summit_extras),
      make_event("talks", "2022", EventType::report, {"SA"}),
      make_event("ratified", "2022-03-01", EventType::ratification, {"AE"}),
      make_event("other-summit", "2022-05-01", EventType::summit, {"KZ"}, other_extras),
  });
}

engine::ReportSummary sample_summary(const engine::Timeline& timeline) {
  engine::ReportRequest request;
  request.filter.since = date_of("2020");
  request.data = {"fixtures/a.yaml"};
  request.members_as_of = day_of("2026-11-26");
  request.top = 4;
  std::vector<const model::Event*> events;
  for (const auto& event : timeline.events()) {
    events.push_back(&event);
  }
  return engine::summarize(events, timeline, request);
}

engine::ReportSummary empty_summary(const engine::Timeline& timeline) {
  engine::ReportRequest request;
  request.filter.countries = {"KZ"};
  request.filter.since = date_of("2030");
  request.members_as_of = day_of("2026-11-26");
  return engine::summarize({}, timeline, request);
}

std::string text(const engine::ReportSummary& summary, ReportTextOptions options = {}) {
  std::ostringstream out;
  write_report_text(out, summary, options);
  return out.str();
}

std::string markdown(const engine::ReportSummary& summary) {
  std::ostringstream out;
  write_report_markdown(out, summary);
  return out.str();
}

std::string json(const engine::ReportSummary& summary) {
  std::ostringstream out;
  write_report_json(out, summary);
  return out.str();
}

// The lines of `text` that start with `prefix`.
std::vector<std::string> lines_starting(const std::string& text, std::string_view prefix) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) == 0) {
      out.push_back(line);
    }
  }
  return out;
}

// The number of cells in a pipe-table row: the '|' not escaped by a backslash, less one.
std::size_t cells_in(const std::string& row) {
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
    } else if (row[i] == '|') {
      ++pipes;
    }
  }
  return pipes - 1;
}

TEST(ReportText, Sample) {
  const auto timeline = sample_timeline();
  EXPECT_EQ(text(sample_summary(timeline)), "Report: Accords, Other Treaty\n"
                                            "  Data     fixtures/a.yaml\n"
                                            "  Filters  Since 2020\n"
                                            "  Range    2020-09-15 to 2022-12-31 (asked: from 2020-01-01)\n"
                                            "\n"
                                            "Totals\n"
                                            "  events     5\n"
                                            "  treaties   2\n"
                                            "  parties    6\n"
                                            "  mediators  1\n"
                                            "\n"
                                            "Per year\n"
                                            "  2020  1  █████████████▍\n"
                                            "  2021  1  █████████████▍\n"
                                            "  2022  3  ████████████████████████████████████████\n"
                                            "\n"
                                            "Per type\n"
                                            "  report        1\n"
                                            "  signing       1\n"
                                            "  ratification  1\n"
                                            "  summit        2\n"
                                            "\n"
                                            "Per party\n"
                                            "  AE  United Arab Emirates  2\n"
                                            "  IL  Israel                2\n"
                                            "  BH  Bahrain               1\n"
                                            "  KZ  Kazakhstan            1\n"
                                            "  and 2 more parties\n"
                                            "\n"
                                            "First event\n"
                                            "  date     2020-09-15\n"
                                            "  type     signing\n"
                                            "  parties  IL, AE, BH\n"
                                            "  title    Declaration | signed at the *White House*\n"
                                            "  id       signed\n"
                                            "\n"
                                            "Last event\n"
                                            "  date     2022-05-01 to 2022-05-03\n"
                                            "  type     summit\n"
                                            "  parties  KZ\n"
                                            "  title    Title of other-summit\n"
                                            "  id       other-summit\n"
                                            "\n"
                                            "Members as of 2026-11-26\n"
                                            "  Accords\n"
                                            "    party (3)\n"
                                            "      AE  United Arab Emirates  since 2020-09-15\n"
                                            "      BH  Bahrain               since 2020-09-15\n"
                                            "      IL  Israel                since 2020-09-15\n"
                                            "    candidate (1)\n"
                                            "      SA  Saudi Arabia          since 2022\n"
                                            "  Other Treaty\n"
                                            "    no party has a status\n");
}

TEST(ReportText, BarsFitANarrowTerminal) {
  const auto timeline = sample_timeline();
  ReportTextOptions options;
  options.width = 30; // 11 columns before the bar leave 19 for it
  EXPECT_EQ(lines_starting(text(sample_summary(timeline), options), "  202"),
            (std::vector<std::string>{"  2020  1  ██████▍", "  2021  1  ██████▍", "  2022  3  ███████████████████"}));
  options.width = 5; // too narrow: bars keep 10 columns
  EXPECT_EQ(lines_starting(text(sample_summary(timeline), options), "  2022"),
            (std::vector<std::string>{"  2022  3  ██████████"}));
  options.width = 200; // wide: bars stop at 40
  EXPECT_EQ(lines_starting(text(sample_summary(timeline), options), "  2022"),
            (std::vector<std::string>{"  2022  3  ████████████████████████████████████████"}));
}

TEST(ReportText, ColourOnlyWhenAsked) {
  const auto timeline = sample_timeline();
  const auto summary = sample_summary(timeline);
  EXPECT_EQ(text(summary).find('\x1b'), std::string::npos);
  ReportTextOptions options;
  options.color = true;
  const auto coloured = text(summary, options);
  EXPECT_EQ(lines_starting(coloured, "\x1b[1m"),
            (std::vector<std::string>{"\x1b[1mReport: Accords, Other Treaty\x1b[0m", "\x1b[1mTotals\x1b[0m",
                                      "\x1b[1mPer year\x1b[0m", "\x1b[1mPer type\x1b[0m", "\x1b[1mPer party\x1b[0m",
                                      "\x1b[1mFirst event\x1b[0m", "\x1b[1mLast event\x1b[0m",
                                      "\x1b[1mMembers as of 2026-11-26\x1b[0m"}));
  // Type names are coloured, and padded after the reset so that the counts stay aligned.
  EXPECT_EQ(lines_starting(coloured, "  \x1b["),
            (std::vector<std::string>{"  \x1b[2mreport\x1b[0m        1", "  \x1b[32msigning\x1b[0m       1",
                                      "  \x1b[32mratification\x1b[0m  1", "  \x1b[35msummit\x1b[0m        2"}));
}

TEST(ReportText, NoEvents) {
  const auto timeline = sample_timeline();
  EXPECT_EQ(text(empty_summary(timeline)), "Report\n"
                                           "  Data     built-in timelines\n"
                                           "  Filters  Country: Kazakhstan; since 2030\n"
                                           "  Range    no events (asked: from 2030-01-01)\n"
                                           "\n"
                                           "No events match.\n"
                                           "\n"
                                           "Totals\n"
                                           "  events     0\n"
                                           "  treaties   0\n"
                                           "  parties    0\n"
                                           "  mediators  0\n");
}

TEST(ReportMarkdown, Sample) {
  const auto timeline = sample_timeline();
  EXPECT_EQ(markdown(sample_summary(timeline)),
            "## Report: Accords, Other Treaty\n"
            "\n"
            "- Data: fixtures/a.yaml\n"
            "- Filters: Since 2020\n"
            "- Range: 2020-09-15 to 2022-12-31 (asked: from 2020-01-01)\n"
            "\n"
            "### Totals\n"
            "\n"
            "| events | treaties | parties | mediators |\n"
            "| ---: | ---: | ---: | ---: |\n"
            "| 5 | 2 | 6 | 1 |\n"
            "\n"
            "### Per year\n"
            "\n"
            "| year | events | chart |\n"
            "| --- | ---: | --- |\n"
            "| 2020 | 1 | `#############` |\n"
            "| 2021 | 1 | `#############` |\n"
            "| 2022 | 3 | `########################################` |\n"
            "\n"
            "### Per type\n"
            "\n"
            "| type | events |\n"
            "| --- | ---: |\n"
            "| report | 1 |\n"
            "| signing | 1 |\n"
            "| ratification | 1 |\n"
            "| summit | 2 |\n"
            "\n"
            "### Per party\n"
            "\n"
            "| code | party | events |\n"
            "| --- | --- | ---: |\n"
            "| AE | United Arab Emirates | 2 |\n"
            "| IL | Israel | 2 |\n"
            "| BH | Bahrain | 1 |\n"
            "| KZ | Kazakhstan | 1 |\n"
            "\n"
            "And 2 more parties.\n"
            "\n"
            "### First and last events\n"
            "\n"
            "| event | date | type | parties | title | id |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| first | 2020-09-15 | signing | IL, AE, BH | Declaration \\| signed at the \\*White House\\* | signed |\n"
            "| last | 2022-05-01 to 2022-05-03 | summit | KZ | Title of other-summit | other-summit |\n"
            "\n"
            "### Members as of 2026-11-26\n"
            "\n"
            "- Accords\n"
            "  - party (3)\n"
            "    - AE United Arab Emirates, since 2020-09-15\n"
            "    - BH Bahrain, since 2020-09-15\n"
            "    - IL Israel, since 2020-09-15\n"
            "  - candidate (1)\n"
            "    - SA Saudi Arabia, since 2022\n"
            "- Other Treaty\n"
            "  - no party has a status\n");
}

TEST(ReportMarkdown, EveryTableRowHasTheHeadersCells) {
  const auto timeline = sample_timeline();
  std::istringstream in(markdown(sample_summary(timeline)));
  std::size_t header_cells = 0;
  std::size_t rows = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() != '|') {
      header_cells = 0; // a table ends at the first line that is not a row
      continue;
    }
    if (header_cells == 0) {
      header_cells = cells_in(line);
    } else {
      EXPECT_EQ(cells_in(line), header_cells) << line;
    }
    ++rows;
  }
  EXPECT_EQ(rows, 24U); // 5 tables: 2 header lines each and 14 rows
}

TEST(ReportMarkdown, NoEvents) {
  const auto timeline = sample_timeline();
  EXPECT_EQ(markdown(empty_summary(timeline)), "## Report\n"
                                               "\n"
                                               "- Data: built-in timelines\n"
                                               "- Filters: Country: Kazakhstan; since 2030\n"
                                               "- Range: no events (asked: from 2030-01-01)\n"
                                               "\n"
                                               "No events match.\n"
                                               "\n"
                                               "### Totals\n"
                                               "\n"
                                               "| events | treaties | parties | mediators |\n"
                                               "| ---: | ---: | ---: | ---: |\n"
                                               "| 0 | 0 | 0 | 0 |\n");
}

TEST(ReportMarkdown, EscapesInlineMarkup) {
  EXPECT_EQ(markdown_text("a | b"), "a \\| b");
  EXPECT_EQ(markdown_text("C:\\dir\\"), "C:\\\\dir\\\\");
  EXPECT_EQ(markdown_text("*bold* _it_ `code` [link](x) <b> #1 & ~x~"),
            "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\#1 \\& \\~x\\~");
  EXPECT_EQ(markdown_text("two\nlines\tand tab"), "two lines and tab");
  EXPECT_EQ(markdown_text("Tórshavn – 日本"), "Tórshavn – 日本");
}

TEST(ReportJson, Sample) {
  const auto timeline = sample_timeline();
  const auto expected = nlohmann::ordered_json::parse(R"({
    "data": ["fixtures/a.yaml"],
    "treaties": [{"id": "accords", "name": "Accords"}, {"id": "other", "name": "Other Treaty"}],
    "filters": {"since": "2020", "until": null, "on": null, "countries": [], "types": [], "treaties": [],
                "grep": null, "tags": []},
    "range": {"asked": {"first": "2020-01-01", "last": null},
              "covered": {"first": "2020-09-15", "last": "2022-12-31"}},
    "totals": {"events": 5, "treaties": 2, "parties": 6, "mediators": 1},
    "per_year": [{"year": 2020, "events": 1}, {"year": 2021, "events": 1}, {"year": 2022, "events": 3}],
    "per_type": [{"type": "report", "events": 1}, {"type": "signing", "events": 1},
                 {"type": "ratification", "events": 1}, {"type": "summit", "events": 2}],
    "per_party": [{"party": "AE", "name": "United Arab Emirates", "events": 2},
                  {"party": "IL", "name": "Israel", "events": 2},
                  {"party": "BH", "name": "Bahrain", "events": 1},
                  {"party": "KZ", "name": "Kazakhstan", "events": 1}],
    "parties_not_shown": 2,
    "first": {"id": "signed", "treaty": "accords", "date": "2020-09-15", "end": null, "precision": "day",
              "type": "signing", "parties": ["IL", "AE", "BH"], "mediators": ["US"],
              "title": "Declaration | signed at the *White House*", "place": null, "sources": [], "notes": null,
              "tags": [], "effective": null, "from": null},
    "last": {"id": "other-summit", "treaty": "other", "date": "2022-05-01", "end": "2022-05-03",
             "precision": "day", "type": "summit", "parties": ["KZ"], "mediators": [],
             "title": "Title of other-summit", "place": null, "sources": [], "notes": null, "tags": [], "effective": null, "from": null},
    "members_as_of": "2026-11-26",
    "members": [
      {"treaty": "accords", "party": "AE", "name": "United Arab Emirates", "status": "party",
       "since": "2020-09-15", "event": "signed"},
      {"treaty": "accords", "party": "BH", "name": "Bahrain", "status": "party", "since": "2020-09-15",
       "event": "signed"},
      {"treaty": "accords", "party": "IL", "name": "Israel", "status": "party", "since": "2020-09-15",
       "event": "signed"},
      {"treaty": "accords", "party": "SA", "name": "Saudi Arabia", "status": "candidate", "since": "2022",
       "event": "talks"}
    ]
  })");
  // ordered_json compares objects key by key in order, so this checks the order of the keys too.
  EXPECT_EQ(report_to_json(sample_summary(timeline)), expected);
  EXPECT_EQ(json(sample_summary(timeline)), expected.dump(2) + "\n");
}

TEST(ReportJson, NoEvents) {
  const auto timeline = sample_timeline();
  const auto expected = nlohmann::ordered_json::parse(R"({
    "data": ["builtin:timelines"],
    "treaties": [],
    "filters": {"since": "2030", "until": null, "on": null, "countries": ["KZ"], "types": [], "treaties": [],
                "grep": null, "tags": []},
    "range": {"asked": {"first": "2030-01-01", "last": null}, "covered": null},
    "totals": {"events": 0, "treaties": 0, "parties": 0, "mediators": 0},
    "per_year": [],
    "per_type": [],
    "per_party": [],
    "parties_not_shown": 0,
    "first": null,
    "last": null,
    "members_as_of": "2026-11-26",
    "members": []
  })");
  EXPECT_EQ(report_to_json(empty_summary(timeline)), expected);
}

TEST(ReportJson, TextThatIsNotUtf8IsReplacedNotThrown) {
  const auto timeline = sample_timeline();
  auto summary = empty_summary(timeline);
  summary.filters.grep = std::string("caf\xe9");
  const auto written = json(summary);
  EXPECT_NE(written.find("\"grep\": \"caf\xef\xbf\xbd\""), std::string::npos) << written;
}

TEST(ReportWords, Filters) {
  engine::ReportFilters filters;
  EXPECT_EQ(filter_words(filters), "none");
  filters.countries = {{"KZ", "Kazakhstan"}};
  filters.types = {EventType::signing, EventType::ratification};
  filters.since = date_of("2020-01-01");
  EXPECT_EQ(filter_words(filters), "Country: Kazakhstan; types: signing, ratification; since 2020-01-01");
  filters.countries.push_back({"IL", "Israel"});
  filters.types = {EventType::report};
  filters.treaties = {{"aa", "Abraham Accords"}};
  filters.grep = "two\nlines";
  filters.tags = {"a", "b"};
  filters.until = date_of("2021");
  filters.on = date_of("2020-09");
  EXPECT_EQ(filter_words(filters), "Countries: Kazakhstan, Israel; type: report; treaty: Abraham Accords; "
                                   "text: \"two lines\"; tags: a, b; since 2020-01-01; until 2021; on 2020-09");
  engine::ReportFilters only_grep;
  only_grep.grep = "quota";
  EXPECT_EQ(filter_words(only_grep), "Text: \"quota\"");
}

TEST(ReportWords, Ranges) {
  EXPECT_EQ(asked_words({}), "all dates");
  EXPECT_EQ(asked_words({day_of("2020-01-01"), std::nullopt}), "from 2020-01-01");
  EXPECT_EQ(asked_words({std::nullopt, day_of("2020-12-31")}), "up to 2020-12-31");
  EXPECT_EQ(asked_words({day_of("2020-01-01"), day_of("2020-12-31")}), "2020-01-01 to 2020-12-31");
  EXPECT_EQ(range_words(std::nullopt, {}), "no events (asked: all dates)");
  EXPECT_EQ(range_words(model::Interval{day_of("1998-01-01"), day_of("2026-12-01")}, {}),
            "1998-01-01 to 2026-12-01 (asked: all dates)");
}

TEST(ReportWords, DataAndCounts) {
  EXPECT_EQ(data_words({}), "built-in timelines");
  EXPECT_EQ(data_words({"a.yaml", "-", "dir"}), "a.yaml, standard input, dir");
  EXPECT_EQ(count_of(1, "more party", "more parties"), "1 more party");
  EXPECT_EQ(count_of(2, "more party", "more parties"), "2 more parties");
  EXPECT_EQ(day_text(day_of("0999-03-04")), "0999-03-04");
}

TEST(ReportWords, Scaled) {
  EXPECT_EQ(scaled(4, 4, 40), 40U);
  EXPECT_EQ(scaled(1, 4, 40), 10U);
  EXPECT_EQ(scaled(1, 3, 40), 13U);   // 13.3 rounds down
  EXPECT_EQ(scaled(2, 3, 40), 27U);   // 26.7 rounds up
  EXPECT_EQ(scaled(1, 1000, 40), 1U); // never 0 for a year with events
  EXPECT_EQ(scaled(0, 4, 40), 0U);
  EXPECT_EQ(scaled(0, 0, 40), 0U);
}

} // namespace
} // namespace accords::render
