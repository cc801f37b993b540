// render/event_writers and render/event_json: tsv, csv, json and ndjson.
#include "render/event_writers.hpp"

#include "render/event_json.hpp"
#include "test_events.hpp"
#include "util/text.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;
using Json = nlohmann::ordered_json;

model::Event full_event() {
  EventExtras extras;
  extras.end = "2020-09-16";
  extras.treaty = "abraham-accords";
  extras.mediators = {"US"};
  extras.title = "Signed, \"sealed\"\tand\ndelivered";
  auto event = make_event("aa-signing", "2020-09-15", EventType::signing, {"IL", "AE", "BH"}, extras);
  event.place = "Washington, D.C.";
  event.sources = testing::kept_list({"https://example.org/a", "Book, p. 1"});
  event.notes = "Line one\r\nline two";
  event.tags = testing::kept_list({"gulf", "normalization"});
  return event;
}

model::Event bare_event() { return make_event("bare", "2021", EventType::other, {"MA"}); }

const std::vector<Field> some_fields{Field::id, Field::date, Field::end, Field::parties, Field::title};

std::string tsv(const EventList& events, const std::vector<Field>& fields, bool header) {
  std::ostringstream out;
  write_tsv(out, events, fields, header);
  return out.str();
}

std::string csv(const EventList& events, const std::vector<Field>& fields, bool header) {
  std::ostringstream out;
  write_csv(out, events, fields, header);
  return out.str();
}

std::string json(const EventList& events) {
  std::ostringstream out;
  write_json(out, events);
  return out.str();
}

std::string ndjson(const EventList& events) {
  std::ostringstream out;
  write_ndjson(out, events);
  return out.str();
}

std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) {
    keys.push_back(item.key());
  }
  return keys;
}

const std::vector<std::string> json_keys{"id",      "treaty",  "date",      "end",       "precision",
                                         "type",    "parties", "mediators", "title",     "place",
                                         "sources", "notes",   "tags",      "effective", "from"};

TEST(Tsv, OneLinePerEventWithoutHeader) {
  const auto full = full_event();
  const auto bare = bare_event();
  EXPECT_EQ(tsv({&full, &bare}, some_fields, false),
            "aa-signing\t2020-09-15\t2020-09-16\tIL,AE,BH\tSigned, \"sealed\" and delivered\n"
            "bare\t2021\t\tMA\tTitle of bare\n");
}

TEST(Tsv, HeaderOnlyWhenAsked) {
  const auto bare = bare_event();
  EXPECT_EQ(tsv({&bare}, some_fields, true), "id\tdate\tend\tparties\ttitle\nbare\t2021\t\tMA\tTitle of bare\n");
  EXPECT_EQ(tsv({}, some_fields, true), "id\tdate\tend\tparties\ttitle\n");
  EXPECT_EQ(tsv({}, some_fields, false), "");
}

TEST(Tsv, TabsAndLineBreaksInValuesBecomeSpaces) {
  auto event = bare_event();
  event.title = "a\tb\nc\r\nd";
  event.place = "\t";
  event.tags = testing::kept_list({"x\ty", "z"});
  EXPECT_EQ(tsv({&event}, {Field::title, Field::place, Field::tags}, false), "a b c  d\t \tx y,z\n");
}

TEST(Tsv, EveryLineHasOneValuePerField) {
  const auto full = full_event();
  const std::vector<Field> every(all_fields().begin(), all_fields().end());
  const auto text = tsv({&full}, every, false);
  ASSERT_EQ(text.back(), '\n');
  const auto values = util::split(text.substr(0, text.size() - 1), '\t');
  ASSERT_EQ(values.size(), every.size());
  EXPECT_EQ(values[5], "IL,AE,BH");
  EXPECT_EQ(values[6], "US");
  EXPECT_EQ(values[9], "gulf,normalization");
  EXPECT_EQ(values[10], "https://example.org/a,Book\\, p. 1"); // the comma inside a source escaped
}

TEST(Csv, HeaderAndCrlfLineEnds) {
  const auto bare = bare_event();
  EXPECT_EQ(csv({&bare}, some_fields, true), "id,date,end,parties,title\r\nbare,2021,,MA,Title of bare\r\n");
  EXPECT_EQ(csv({&bare}, some_fields, false), "bare,2021,,MA,Title of bare\r\n");
  EXPECT_EQ(csv({}, some_fields, true), "id,date,end,parties,title\r\n");
}

TEST(Csv, QuotesCommasQuotesAndLineBreaks) {
  const auto full = full_event();
  EXPECT_EQ(csv({&full}, {Field::id, Field::parties, Field::title, Field::place}, false),
            "aa-signing,\"IL,AE,BH\",\"Signed, \"\"sealed\"\"\tand\ndelivered\",\"Washington, D.C.\"\r\n");
}

TEST(Csv, QuotingRules) {
  auto event = bare_event();
  const auto cell = [&](std::string title) {
    event.title = testing::kept(title);
    auto line = csv({&event}, {Field::title}, false);
    EXPECT_EQ(line.substr(line.size() - 2), "\r\n");
    return line.substr(0, line.size() - 2);
  };
  EXPECT_EQ(cell("plain text"), "plain text");
  EXPECT_EQ(cell(" spaces kept "), " spaces kept ");
  EXPECT_EQ(cell("a,b"), "\"a,b\"");
  EXPECT_EQ(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(cell("\""), "\"\"\"\"");
  EXPECT_EQ(cell("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(cell("carriage\rreturn"), "\"carriage\rreturn\"");
  EXPECT_EQ(cell("tab\tinside"), "tab\tinside");
  EXPECT_EQ(cell("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(cell(""), "");
}

TEST(Json, ExactKeyOrderAndValues) {
  const auto full = full_event();
  const auto parsed = Json::parse(json({&full}));
  ASSERT_TRUE(parsed.is_array());
  ASSERT_EQ(parsed.size(), 1U);
  const auto& object = parsed[0];
  EXPECT_EQ(keys_of(object), json_keys);
  EXPECT_EQ(object["id"], "aa-signing");
  EXPECT_EQ(object["treaty"], "abraham-accords");
  EXPECT_EQ(object["date"], "2020-09-15");
  EXPECT_EQ(object["end"], "2020-09-16");
  EXPECT_EQ(object["precision"], "day");
  EXPECT_EQ(object["type"], "signing");
  EXPECT_EQ(object["parties"], Json::array({"IL", "AE", "BH"}));
  EXPECT_EQ(object["mediators"], Json::array({"US"}));
  EXPECT_EQ(object["title"], "Signed, \"sealed\"\tand\ndelivered");
  EXPECT_EQ(object["place"], "Washington, D.C.");
  EXPECT_EQ(object["sources"], Json::array({"https://example.org/a", "Book, p. 1"}));
  EXPECT_EQ(object["notes"], "Line one\r\nline two");
  EXPECT_EQ(object["tags"], Json::array({"gulf", "normalization"}));
}

TEST(Json, AbsentValuesAreNullOrEmptyArrays) {
  const auto bare = bare_event();
  const auto parsed = Json::parse(json({&bare}));
  ASSERT_EQ(parsed.size(), 1U);
  const auto& object = parsed[0];
  EXPECT_EQ(keys_of(object), json_keys);
  EXPECT_TRUE(object["end"].is_null());
  EXPECT_EQ(object["precision"], "year");
  EXPECT_EQ(object["date"], "2021");
  EXPECT_EQ(object["type"], "other");
  EXPECT_EQ(object["parties"], Json::array({"MA"}));
  EXPECT_EQ(object["mediators"], Json::array());
  EXPECT_TRUE(object["place"].is_null());
  EXPECT_EQ(object["sources"], Json::array());
  EXPECT_TRUE(object["notes"].is_null());
  EXPECT_EQ(object["tags"], Json::array());
  EXPECT_TRUE(object["effective"].is_null());
  EXPECT_TRUE(object["from"].is_null());
}

TEST(Json, EffectiveAndFromWhenGiven) {
  EventExtras extras;
  extras.effective = "2002-04-11";
  extras.from = "CS";
  const auto object = event_to_json(make_event("e", "2002-02-10", EventType::succession, {"CZ"}, extras));
  EXPECT_EQ(object["effective"], "2002-04-11");
  EXPECT_EQ(object["from"], "CS");
}

TEST(Json, PrecisionAndDateAsWritten) {
  EventExtras extras;
  extras.end = "2020-10";
  const auto month = make_event("m", "2020-09", EventType::summit, {"IL"}, extras);
  const auto object = event_to_json(month);
  EXPECT_EQ(object["date"], "2020-09");
  EXPECT_EQ(object["end"], "2020-10");
  EXPECT_EQ(object["precision"], "month");
  EXPECT_EQ(object["type"], "summit");
}

TEST(Json, OneArrayInEventOrder) {
  const auto a = bare_event();
  const auto b = full_event();
  const auto text = json({&a, &b, &a});
  EXPECT_EQ(text.back(), '\n');
  const auto parsed = Json::parse(text);
  ASSERT_EQ(parsed.size(), 3U);
  EXPECT_EQ(parsed[0]["id"], "bare");
  EXPECT_EQ(parsed[1]["id"], "aa-signing");
  EXPECT_EQ(parsed[2]["id"], "bare");
}

TEST(Json, EmptyListIsAnEmptyArray) { EXPECT_EQ(json({}), "[]\n"); }

TEST(Json, NonAsciiSurvives) {
  auto event = bare_event();
  event.title = "Caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80";
  const auto parsed = Json::parse(json({&event}));
  EXPECT_EQ(parsed[0]["title"], "Caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80");
}

TEST(Ndjson, OneCompactObjectPerLine) {
  const auto a = full_event();
  const auto b = bare_event();
  const auto text = ndjson({&a, &b});
  const auto lines = util::split(text, '\n');
  ASSERT_EQ(lines.size(), 3U) << text;
  EXPECT_EQ(lines[2], "") << "every line ends with a newline";
  const auto first = Json::parse(lines[0]);
  const auto second = Json::parse(lines[1]);
  EXPECT_EQ(keys_of(first), json_keys);
  EXPECT_EQ(keys_of(second), json_keys);
  EXPECT_EQ(first["id"], "aa-signing");
  EXPECT_EQ(first["title"], "Signed, \"sealed\"\tand\ndelivered") << "the newline is escaped inside the line";
  EXPECT_EQ(second["id"], "bare");
  EXPECT_TRUE(second["end"].is_null());
  EXPECT_EQ(first, event_to_json(a));
}

TEST(Ndjson, ExactLine) {
  const auto b = bare_event();
  EXPECT_EQ(ndjson({&b}),
            "{\"id\":\"bare\",\"treaty\":\"accords\",\"date\":\"2021\",\"end\":null,\"precision\":"
            "\"year\",\"type\":\"other\",\"parties\":[\"MA\"],\"mediators\":[],\"title\":\"Title of "
            "bare\",\"place\":null,\"sources\":[],\"notes\":null,\"tags\":[],\"effective\":null,\"from\":null}\n");
}

TEST(Ndjson, EmptyListWritesNothing) { EXPECT_EQ(ndjson({}), ""); }

} // namespace
} // namespace accords::render
