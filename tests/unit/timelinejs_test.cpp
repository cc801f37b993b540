// render/timelinejs: Knight Lab TimelineJS JSON.
#include "render/timelinejs.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;
using Json = nlohmann::json;

const TreatyNames names{{"accords", "Abraham Accords"}, {"other", "Other & <Treaty>"}};

std::string timelinejs(const EventList& events, const TreatyNames& treaty_names = names) {
  std::ostringstream out;
  write_timelinejs(out, events, treaty_names);
  return out.str();
}

// The one slide of the output for one event.
Json slide_of(const model::Event& event) {
  const auto document = Json::parse(timelinejs({&event}));
  EXPECT_EQ(document.size(), 1U);
  EXPECT_EQ(document.at("events").size(), 1U);
  return document.at("events").at(0);
}

model::Event dated(std::string_view date, std::optional<std::string> end = std::nullopt) {
  EventExtras extras;
  extras.end = std::move(end);
  return make_event("e1", date, EventType::summit, {"NO"}, extras);
}

TEST(TimelineJs, ExactOutputForAFullAndABareEvent) {
  EventExtras extras;
  extras.mediators = {"FI", "SE"};
  extras.title = "Summit on Åland <live> & more";
  extras.end = "2010-10-02";
  auto full = make_event("nfc-summit", "2010-09-29", EventType::summit, {"NO", "IS"}, extras);
  full.place = "Mariehamn, \"the harbour town\"";
  full.notes = "Four days of talks\nacross the month.\n\nSecond <paragraph>.\n";
  full.sources = testing::kept_list({"https://example.org/?a=1&b=2", "Gazette, p. 3"});
  full.tags = testing::kept_list({"summit"});
  EventExtras bare_extras;
  bare_extras.treaty = "other";
  const auto bare = make_event("bare", "2021", EventType::report, {"MA"}, bare_extras);
  EXPECT_EQ(timelinejs({&full, &bare}), R"({
  "events": [
    {
      "start_date": {
        "year": 2010,
        "month": 9,
        "day": 29
      },
      "end_date": {
        "year": 2010,
        "month": 10,
        "day": 2
      },
      "text": {
        "headline": "Summit on Åland &lt;live&gt; &amp; more",
        "text": "<p>Type: summit<br>Parties: NO, IS<br>Mediators: FI, SE<br>Place: Mariehamn, \"the harbour town\"</p><p>Four days of talks across the month.</p><p>Second &lt;paragraph&gt;.</p><p>Sources:<br>https://example.org/?a=1&amp;b=2<br>Gazette, p. 3</p>"
      },
      "group": "Abraham Accords",
      "unique_id": "nfc-summit"
    },
    {
      "start_date": {
        "year": 2021
      },
      "text": {
        "headline": "Title of bare",
        "text": "<p>Type: report<br>Parties: MA</p>"
      },
      "group": "Other &amp; &lt;Treaty&gt;",
      "unique_id": "bare"
    }
  ]
}
)");
}

TEST(TimelineJs, NoEventsGiveAnEmptyList) { EXPECT_EQ(timelinejs({}), "{\n  \"events\": []\n}\n"); }

TEST(TimelineJs, DatesAreNumbersAsPreciseAsWritten) {
  EXPECT_EQ(slide_of(dated("2020")).at("start_date"), Json::parse(R"({"year": 2020})"));
  EXPECT_EQ(slide_of(dated("2020-09")).at("start_date"), Json::parse(R"({"year": 2020, "month": 9})"));
  EXPECT_EQ(slide_of(dated("2020-09-05")).at("start_date"), Json::parse(R"({"year": 2020, "month": 9, "day": 5})"));
  EXPECT_EQ(slide_of(dated("0001-01-01")).at("start_date"), Json::parse(R"({"year": 1, "month": 1, "day": 1})"));
  EXPECT_TRUE(slide_of(dated("2020-09-05")).at("start_date").at("year").is_number_integer());
}

TEST(TimelineJs, NoEndDateWithoutEnd) {
  for (const auto* date : {"2020", "2020-09", "2020-09-05"}) {
    EXPECT_FALSE(slide_of(dated(date)).contains("end_date")) << date;
  }
}

TEST(TimelineJs, EndDateAsPreciseAsEnd) {
  EXPECT_EQ(slide_of(dated("2010-09-29", "2010-10-02")).at("end_date"),
            Json::parse(R"({"year": 2010, "month": 10, "day": 2})"));
  EXPECT_EQ(slide_of(dated("2020-11-20", "2021-02")).at("end_date"), Json::parse(R"({"year": 2021, "month": 2})"));
  EXPECT_EQ(slide_of(dated("2020", "2022")).at("end_date"), Json::parse(R"({"year": 2022})"));
  EXPECT_EQ(slide_of(dated("2020-09", "2020-10-03")).at("end_date"),
            Json::parse(R"({"year": 2020, "month": 10, "day": 3})"));
}

TEST(TimelineJs, NoEndDateWhenEndStaysInsideTheDate) {
  // The event covers the date's own interval (an `end` inside never shrinks it), which start_date says.
  EXPECT_FALSE(slide_of(dated("2020-09", "2020-09-10")).contains("end_date"));
  EXPECT_FALSE(slide_of(dated("2020", "2020-12")).contains("end_date"));
  EXPECT_FALSE(slide_of(dated("2020-09-05", "2020-09-05")).contains("end_date"));
}

TEST(TimelineJs, GroupIsTheTreatyNameElseItsId) {
  EventExtras extras;
  extras.treaty = "unnamed";
  const auto event = make_event("e1", "2020", EventType::other, {"MA"}, extras);
  EXPECT_EQ(slide_of(event).at("group"), "unnamed");
  EXPECT_EQ(slide_of(dated("2020")).at("group"), "Abraham Accords");
}

TEST(TimelineJs, UniqueIdIsTheEventId) {
  const auto a = make_event("first-id", "2020", EventType::other, {"MA"});
  const auto b = make_event("second-id", "2020", EventType::other, {"MA"});
  const auto document = Json::parse(timelinejs({&a, &b}));
  EXPECT_EQ(document["events"][0]["unique_id"], "first-id");
  EXPECT_EQ(document["events"][1]["unique_id"], "second-id");
}

TEST(TimelineJs, NotesParagraphsAndLineBreaks) {
  auto event = dated("2020");
  event.notes = "one\r\ntwo  \n   \nthree\n\n\nfour\n";
  EXPECT_EQ(slide_of(event)["text"]["text"], "<p>Type: summit<br>Parties: NO</p><p>one two</p><p>three</p><p>four</p>");
  event.notes = "\n\n";
  EXPECT_EQ(slide_of(event)["text"]["text"], "<p>Type: summit<br>Parties: NO</p>") << "blank notes add nothing";
}

TEST(TimelineJs, NonAsciiIsWrittenAsUtf8) {
  EventExtras extras;
  extras.title = "日本と韓国 seek observer seats";
  const auto event = make_event("e1", "2019-04-09", EventType::report, {"JP", "KR"}, extras);
  EXPECT_NE(timelinejs({&event}).find("\"headline\": \"日本と韓国 seek observer seats\""), std::string::npos);
}

TEST(HtmlEscape, AmpersandAndAngleBrackets) {
  EXPECT_EQ(html_escape("a & b <c> \"d\" 'e'"), "a &amp; b &lt;c&gt; \"d\" 'e'");
  EXPECT_EQ(html_escape("&amp;"), "&amp;amp;");
  EXPECT_EQ(html_escape(""), "");
}

} // namespace
} // namespace accords::render
