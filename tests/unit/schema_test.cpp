// load/parse/schema: one file's bytes to a treaty and events, with every key and value
// checked and every problem reported with its exact message, line and column.
#include "load/parse/schema.hpp"

#include "test_events.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace accords::load {
namespace {

using Messages = std::vector<std::string>;

// What reading one file named "t.yaml" gives.
struct Read {
  FileContent content;
  Messages messages; // each diagnostic as "t.yaml:LINE:COL: error: MESSAGE", in the order recorded
  bool parsed = false;
};

// Parses `yaml` as the file "t.yaml".
Read read(std::string_view yaml) {
  Diagnostics diagnostics;
  const auto path = std::make_shared<const std::string>("t.yaml");
  Read out;
  if (auto content = parse_file(std::string(yaml), path, diagnostics)) {
    out.parsed = true;
    out.content = std::move(*content);
  }
  for (const auto& diagnostic : diagnostics.all()) {
    out.messages.push_back(diagnostic.text());
  }
  return out;
}

// Lines 1-5: a treaty "t"; the events list starts on line 6.
const std::string header = "schema: 1\n"
                           "treaty:\n"
                           "  id: t\n"
                           "  name: T\n"
                           "events:\n";

// Lines 6-10: one valid event.
const std::string good_event = "  - id: a\n"
                               "    date: 2020-09-15\n"
                               "    type: signing\n"
                               "    parties: [IL, AE]\n"
                               "    title: Signed\n";

const std::string good_file = header + good_event;

// The good file with the first `from` replaced by `to`.
std::string with(std::string_view from, std::string_view to) {
  std::string text = good_file;
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The good file with the line `line` (given with its line end) removed.
std::string without(std::string_view line) { return with(line, ""); }

constexpr const char* id_rule = "use lower-case letters, digits and '-', starting with a letter or digit";
constexpr const char* all_types =
    "report, announcement, rejection, signing, accession, ratification, acceptance, approval, entry-into-force, "
    "succession, withdrawal-notice, withdrawal, suspension, relations, embassy, agreement, summit, sanctions, other";

// ---- a valid file ---------------------------------------------------------------------

TEST(ReadDocument, ReadsTheTreatyAndAnEvent) {
  const auto result = read(good_file);
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_TRUE(result.content.treaty.has_value());
  EXPECT_EQ(result.content.treaty->id, "t");
  EXPECT_EQ(result.content.treaty->name, "T");
  EXPECT_EQ(result.content.treaty->defined_at.text(), "t.yaml:3:3");
  ASSERT_TRUE(result.content.default_treaty.has_value());
  EXPECT_EQ(result.content.default_treaty->id, "t");
  EXPECT_FALSE(result.content.broken_treaty.has_value());
  EXPECT_FALSE(result.content.treaty_broken);
  ASSERT_EQ(result.content.events.size(), 1U);
  const auto& event = result.content.events[0];
  EXPECT_EQ(event.id, "a");
  EXPECT_EQ(event.date.text(), "2020-09-15");
  EXPECT_EQ(event.type, model::EventType::signing);
  EXPECT_EQ(accords::testing::strings_of(event.parties), (std::vector<std::string>{"IL", "AE"}));
  EXPECT_EQ(event.title, "Signed");
  EXPECT_EQ(event.treaty, ""); // its own key: none; the file's is given when it is linked
  ASSERT_EQ(result.content.heads.size(), 1U);
  const auto& head = result.content.heads[0];
  EXPECT_EQ(head.kept, 0U);
  EXPECT_EQ(head.id, "a");
  EXPECT_EQ(head.treaty, "");
  EXPECT_EQ(event.defined_at.text(), "t.yaml:6:5");
  EXPECT_EQ(std::make_pair(head.line, head.column), std::make_pair(6, 5));
  EXPECT_EQ(std::make_pair(head.id_line, head.id_column), std::make_pair(6, 9));
}

TEST(ReadDocument, ReadsEveryOptionalField) {
  const auto result = read("treaty:\n"
                           "  id: abraham-accords\n"
                           "  name: Abraham Accords\n"
                           "  summary: |\n"
                           "    Two lines\n"
                           "    of summary.\n"
                           "  url: https://example.org/\n"
                           "  aliases: [abraham, aa]\n"
                           "events:\n"
                           "  - id: e1\n"
                           "    date: 2020-09\n"
                           "    end: 2020-10-02\n"
                           "    type: entry-into-force\n"
                           "    parties: [IL]\n"
                           "    mediators: [US, EG]\n"
                           "    title: Title\n"
                           "    treaty: other\n"
                           "    place: Washington\n"
                           "    sources: [a, 'b: c']\n"
                           "    notes: |\n"
                           "      first\n"
                           "      second\n"
                           "    tags: [x, y]\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_TRUE(result.content.treaty.has_value());
  EXPECT_EQ(result.content.treaty->summary, "Two lines\nof summary.\n");
  EXPECT_EQ(result.content.treaty->url, "https://example.org/");
  EXPECT_EQ(result.content.treaty->aliases, (std::vector<std::string>{"abraham", "aa"}));
  ASSERT_EQ(result.content.events.size(), 1U);
  const auto& event = result.content.events[0];
  const auto& head = result.content.heads.at(0);
  ASSERT_TRUE(event.end.has_value());
  EXPECT_EQ(event.end->text(), "2020-10-02");
  EXPECT_EQ(event.type, model::EventType::entry_into_force);
  EXPECT_EQ(accords::testing::strings_of(event.mediators), (std::vector<std::string>{"US", "EG"}));
  EXPECT_EQ(event.treaty, "other");
  EXPECT_EQ(head.treaty, "other");
  EXPECT_EQ(std::make_pair(head.treaty_line, head.treaty_column), std::make_pair(17, 13));
  EXPECT_EQ(event.place, "Washington");
  EXPECT_EQ(accords::testing::strings_of(event.sources), (std::vector<std::string>{"a", "b: c"}));
  EXPECT_EQ(event.notes, "first\nsecond\n"); // multi-line notes are fine
  EXPECT_EQ(accords::testing::strings_of(event.tags), (std::vector<std::string>{"x", "y"}));
}

TEST(ReadDocument, TreatyGivenAsAnIdReferencesAnotherFile) {
  const auto result = read("schema: 1\ntreaty: abraham-accords\nevents: []\n");
  EXPECT_EQ(result.messages, Messages{});
  EXPECT_FALSE(result.content.treaty.has_value());
  ASSERT_TRUE(result.content.default_treaty.has_value());
  EXPECT_EQ(result.content.default_treaty->id, "abraham-accords");
  EXPECT_EQ(result.content.default_treaty->where.text(), "t.yaml:2:9");
}

TEST(ReadDocument, EverythingIsOptionalAtTheTopLevel) {
  for (const auto* text : {"schema: 1\n", "{}\n", "events: []\n", "events:\n", "treaty:\nevents:\n"}) {
    const auto result = read(text);
    EXPECT_EQ(result.messages, Messages{}) << text;
    EXPECT_TRUE(result.content.events.empty()) << text;
    EXPECT_FALSE(result.content.treaty.has_value()) << text;
  }
}

TEST(ReadDocument, TreatyWithoutEvents) {
  const auto result = read("treaty: {id: t, name: T}\n");
  EXPECT_EQ(result.messages, Messages{});
  EXPECT_TRUE(result.content.treaty.has_value());
}

TEST(ReadDocument, NoAndNOAreStrings) {
  // A YAML 1.1 reader would turn these into false; `NO` is Norway.
  const auto result = read(with("    parties: [IL, AE]\n    title: Signed\n", "    parties: [NO]\n    title: no\n"));
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(accords::testing::strings_of(result.content.events[0].parties), std::vector<std::string>{"NO"});
  EXPECT_EQ(result.content.events[0].title, "no");
}

TEST(ReadDocument, NumbersAndDatesAreReadAsWritten) {
  const auto result = read(with("  - id: a\n", "  - id: 2020\n"));
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(result.content.events[0].id, "2020");
}

TEST(ReadDocument, OptionalNullValuesAreAbsent) {
  const auto result = read(good_file + "    place:\n    notes: ~\n    sources:\n    mediators:\n    end:\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_FALSE(result.content.events[0].place.has_value());
  EXPECT_FALSE(result.content.events[0].end.has_value());
}

TEST(ReadDocument, EventsKeepTheirOrder) {
  const auto result =
      read(good_file + "  - id: b\n    date: 2019\n    type: report\n    parties: [SA]\n    title: B\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 2U);
  EXPECT_EQ(result.content.events[0].id, "a");
  EXPECT_EQ(result.content.events[1].id, "b");
  EXPECT_EQ(result.content.events[1].defined_at.text(), "t.yaml:11:5");
}

// ---- the root -------------------------------------------------------------------------

TEST(ReadDocumentRoot, Sequence) {
  const auto result = read("- a\n- b\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:1:1: error: the document root must be a mapping with 'schema', "
                                      "'treaty' and 'events', found a sequence"});
}

TEST(ReadDocumentRoot, Scalar) {
  const auto result = read("\n\nhello\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:3:1: error: the document root must be a mapping with 'schema', "
                                      "'treaty' and 'events', found a scalar"});
}

TEST(ReadDocumentRoot, Null) {
  const auto result = read("~\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:1:1: error: the document root must be a mapping with 'schema', "
                                      "'treaty' and 'events', found null"});
}

// ---- schema ---------------------------------------------------------------------------

TEST(ReadDocumentSchema, OneIsAccepted) { EXPECT_EQ(read("schema: 1\n").messages, Messages{}); }

TEST(ReadDocumentSchema, TwoIsAccepted) { EXPECT_EQ(read("schema: 2\n").messages, Messages{}); }

TEST(ReadDocumentSchema, Three) {
  EXPECT_EQ(read("schema: 3\n").messages,
            Messages{"t.yaml:1:9: error: unsupported schema '3': this version of accords reads schemas 1 and 2"});
}

TEST(ReadDocumentSchema, Word) {
  EXPECT_EQ(read("schema: one\n").messages,
            Messages{"t.yaml:1:9: error: unsupported schema 'one': this version of accords reads schemas 1 and 2"});
}

TEST(ReadDocumentSchema, Decimal) {
  EXPECT_EQ(read("schema: 1.0\n").messages,
            Messages{"t.yaml:1:9: error: unsupported schema '1.0': this version of accords reads schemas 1 and 2"});
}

TEST(ReadDocumentSchema, Sequence) {
  EXPECT_EQ(read("schema: [1]\n").messages,
            Messages{"t.yaml:1:9: error: 'schema' must be a number, found a sequence: this version of accords "
                     "reads schemas 1 and 2"});
}

TEST(ReadDocumentSchema, Mapping) {
  EXPECT_EQ(read("schema:\n  version: 1\n").messages,
            Messages{"t.yaml:2:3: error: 'schema' must be a number, found a mapping: this version of accords "
                     "reads schemas 1 and 2"});
}

TEST(ReadDocumentSchema, AnUnsupportedSchemaStillChecksTheRest) {
  EXPECT_EQ(read("schema: 3\ntreaty: {id: T, name: T}\n").messages,
            (Messages{"t.yaml:1:9: error: unsupported schema '3': this version of accords reads schemas 1 and 2",
                      std::string("t.yaml:2:14: error: invalid treaty id 'T': ") + id_rule}));
}

// ---- unknown and extension keys -------------------------------------------------------

TEST(ReadDocumentKeys, UnknownTopLevelKeyWithSuggestion) {
  EXPECT_EQ(read("schema: 1\ntreatie: t\n").messages,
            Messages{"t.yaml:2:1: error: unknown key 'treatie' at the top level (did you mean 'treaty'?)"});
}

TEST(ReadDocumentKeys, UnknownTopLevelKeyWithoutSuggestion) {
  EXPECT_EQ(read("schema: 1\nqqqqqqq: 1\n").messages,
            Messages{"t.yaml:2:1: error: unknown key 'qqqqqqq' at the top level (known keys: schema, treaty, "
                     "entities, events)"});
}

TEST(ReadDocumentKeys, UnknownTreatyKeyWithSuggestion) {
  EXPECT_EQ(read("treaty:\n  id: t\n  name: T\n  sumary: s\n").messages,
            Messages{"t.yaml:4:3: error: unknown key 'sumary' in treaty (did you mean 'summary'?)"});
}

TEST(ReadDocumentKeys, UnknownTreatyKeyWithoutSuggestion) {
  EXPECT_EQ(read("treaty:\n  id: t\n  name: T\n  zzzzzz: s\n").messages,
            Messages{"t.yaml:4:3: error: unknown key 'zzzzzz' in treaty (known keys: id, name, summary, url, "
                     "aliases, joined-by)"});
}

TEST(ReadDocumentKeys, UnknownEventKeyWithSuggestion) {
  // A misspelled `sources:` must never be dropped silently.
  const auto result = read(good_file + "    source: [https://example.org]\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:11:5: error: unknown key 'source' in event (did you mean 'sources'?)"});
  EXPECT_EQ(result.content.events.size(), 1U); // the event itself is still read; the file has an error
}

TEST(ReadDocumentKeys, UnknownEventKeyDiffersInCase) {
  EXPECT_EQ(read(good_file + "    Notes: n\n").messages,
            Messages{"t.yaml:11:5: error: unknown key 'Notes' in event (did you mean 'notes'?)"});
}

TEST(ReadDocumentKeys, UnknownEventKeyWithoutSuggestion) {
  EXPECT_EQ(read(good_file + "    qqqqqqq: 1\n").messages,
            Messages{"t.yaml:11:5: error: unknown key 'qqqqqqq' in event (known keys: id, date, end, effective, "
                     "type, parties, mediators, from, title, treaty, place, sources, notes, tags)"});
}

TEST(ReadDocumentKeys, MergeKey) {
  EXPECT_EQ(read(good_file + "    <<: {place: x}\n").messages,
            Messages{"t.yaml:11:5: error: YAML merge keys ('<<') are not supported: write the keys out in full"});
}

TEST(ReadDocumentKeys, ExtensionKeysAreIgnoredAtEveryLevel) {
  const auto result = read("schema: 1\n"
                           "x-maintainer: someone\n"
                           "x-review: {by: me, on: 2024, nested: [1, {source: 2}]}\n"
                           "treaty:\n"
                           "  id: t\n"
                           "  name: T\n"
                           "  x-wikidata: Q97287441\n"
                           "  x-extra:\n"
                           "    sumary: not checked\n"
                           "events:\n" +
                           good_event +
                           "    x-confidence: high\n"
                           "    x-details:\n"
                           "      source: not a misspelling here\n"
                           "      deeper:\n"
                           "        - {id: Not An Id, date: never}\n");
  EXPECT_EQ(result.messages, Messages{});
  EXPECT_EQ(result.content.events.size(), 1U);
  EXPECT_TRUE(result.content.treaty.has_value());
}

TEST(ReadDocumentKeys, OnlyLowerCaseXDashIsAnExtension) {
  EXPECT_EQ(read("schema: 1\nX-note: 1\n").messages,
            Messages{"t.yaml:2:1: error: unknown key 'X-note' at the top level (known keys: schema, treaty, "
                     "entities, events)"});
}

TEST(ReadDocumentKeys, DuplicateKeyInAnEvent) {
  EXPECT_EQ(read(good_file + "    title: Again\n").messages,
            Messages{"t.yaml:11:5: error: duplicate key 'title' (first used at line 10, column 5)"});
}

TEST(ReadDocumentKeys, DuplicateKeyInsideAnExtension) {
  EXPECT_EQ(read(good_file + "    x-mine:\n      a: 1\n      a: 2\n").messages,
            Messages{"t.yaml:13:7: error: duplicate key 'a' (first used at line 12, column 7)"});
}

TEST(ReadDocumentKeys, DuplicateTopLevelKey) {
  EXPECT_EQ(read("schema: 1\nevents: []\nschema: 1\n").messages,
            Messages{"t.yaml:3:1: error: duplicate key 'schema' (first used at line 1, column 1)"});
}

// ---- required keys --------------------------------------------------------------------

TEST(ReadDocumentRequired, EventId) {
  const auto result = read(with("  - id: a\n    date", "  - date"));
  EXPECT_EQ(result.messages, Messages{"t.yaml:6:5: error: missing required key 'id' in event"});
  EXPECT_TRUE(result.content.events.empty());
}

TEST(ReadDocumentRequired, EventDate) {
  const auto result = read(without("    date: 2020-09-15\n"));
  EXPECT_EQ(result.messages, Messages{"t.yaml:6:5: error: missing required key 'date' in event 'a'"});
  EXPECT_TRUE(result.content.events.empty());
}

TEST(ReadDocumentRequired, EventType) {
  EXPECT_EQ(read(without("    type: signing\n")).messages,
            Messages{"t.yaml:6:5: error: missing required key 'type' in event 'a'"});
}

TEST(ReadDocumentRequired, EventParties) {
  EXPECT_EQ(read(without("    parties: [IL, AE]\n")).messages,
            Messages{"t.yaml:6:5: error: missing required key 'parties' in event 'a'"});
}

TEST(ReadDocumentRequired, EventTitle) {
  EXPECT_EQ(read(without("    title: Signed\n")).messages,
            Messages{"t.yaml:6:5: error: missing required key 'title' in event 'a'"});
}

TEST(ReadDocumentRequired, EveryMissingKeyOfAnEvent) {
  EXPECT_EQ(read(header + "  - place: nowhere\n").messages,
            (Messages{"t.yaml:6:5: error: missing required key 'id' in event",
                      "t.yaml:6:5: error: missing required key 'date' in event",
                      "t.yaml:6:5: error: missing required key 'type' in event",
                      "t.yaml:6:5: error: missing required key 'parties' in event",
                      "t.yaml:6:5: error: missing required key 'title' in event"}));
}

TEST(ReadDocumentRequired, EmptyEventMapping) { EXPECT_EQ(read(header + "  - {}\n").messages.size(), 5U); }

TEST(ReadDocumentRequired, TreatyId) {
  const auto result = read("treaty:\n  name: T\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:2:3: error: missing required key 'id' in treaty"});
  EXPECT_FALSE(result.content.treaty.has_value());
  EXPECT_TRUE(result.content.treaty_broken);
}

TEST(ReadDocumentRequired, TreatyName) {
  const auto result = read("treaty:\n  id: t\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:2:3: error: missing required key 'name' in treaty"});
  EXPECT_FALSE(result.content.treaty.has_value());
  EXPECT_EQ(result.content.broken_treaty, "t");
  EXPECT_TRUE(result.content.treaty_broken);
  ASSERT_TRUE(result.content.default_treaty.has_value());
  EXPECT_EQ(result.content.default_treaty->id, "t");
}

TEST(ReadDocumentRequired, NullValuesOfRequiredKeys) {
  // `date:` with nothing after it is reported at the key, not as a missing key.
  EXPECT_EQ(read(header + "  - id:\n    date:\n    type: ~\n    parties:\n    title: null\n").messages,
            (Messages{"t.yaml:6:5: error: 'id' must not be empty", "t.yaml:7:5: error: 'date' must not be empty",
                      "t.yaml:8:5: error: 'type' must not be empty", "t.yaml:9:5: error: 'parties' must not be empty",
                      "t.yaml:10:5: error: 'title' must not be empty"}));
}

TEST(ReadDocumentRequired, EmptyTextValues) {
  EXPECT_EQ(read(header + "  - id: ''\n    date: \"\"\n    type: ''\n    parties: ['']\n    title: ''\n").messages,
            (Messages{"t.yaml:6:9: error: 'id' must not be empty", "t.yaml:7:11: error: 'date' must not be empty",
                      "t.yaml:8:11: error: 'type' must not be empty",
                      "t.yaml:9:15: error: an item of 'parties' must not be empty",
                      "t.yaml:10:12: error: 'title' must not be empty"}));
}

TEST(ReadDocumentRequired, NullTreatyIdAndName) {
  EXPECT_EQ(read("treaty:\n  id:\n  name: ''\n").messages,
            (Messages{"t.yaml:2:3: error: 'id' must not be empty", "t.yaml:3:9: error: 'name' must not be empty"}));
}

// ---- ids ------------------------------------------------------------------------------

TEST(ReadDocumentIds, UpperCase) {
  EXPECT_EQ(read(with("id: a\n", "id: Abc\n")).messages,
            Messages{std::string("t.yaml:6:9: error: invalid event id 'Abc': ") + id_rule});
}

TEST(ReadDocumentIds, Underscore) {
  EXPECT_EQ(read(with("id: a\n", "id: a_b\n")).messages,
            Messages{std::string("t.yaml:6:9: error: invalid event id 'a_b': ") + id_rule});
}

TEST(ReadDocumentIds, LeadingDash) {
  EXPECT_EQ(read(with("id: a\n", "id: '-ab'\n")).messages,
            Messages{std::string("t.yaml:6:9: error: invalid event id '-ab': ") + id_rule});
}

TEST(ReadDocumentIds, Space) {
  EXPECT_EQ(read(with("id: a\n", "id: a b\n")).messages,
            Messages{std::string("t.yaml:6:9: error: invalid event id 'a b': ") + id_rule});
}

TEST(ReadDocumentIds, Empty) {
  EXPECT_EQ(read(with("id: a\n", "id: ''\n")).messages, Messages{"t.yaml:6:9: error: 'id' must not be empty"});
}

TEST(ReadDocumentIds, Sequence) {
  EXPECT_EQ(read(with("id: a\n", "id: [a]\n")).messages,
            Messages{"t.yaml:6:9: error: 'id' must be a text, found a sequence"});
}

TEST(ReadDocumentIds, TreatyId) {
  const auto result = read("treaty:\n  id: Abraham_Accords\n  name: A\n");
  EXPECT_EQ(result.messages,
            Messages{std::string("t.yaml:2:7: error: invalid treaty id 'Abraham_Accords': ") + id_rule});
  EXPECT_FALSE(result.content.treaty.has_value());
  EXPECT_FALSE(result.content.broken_treaty.has_value()); // not a usable id
  EXPECT_TRUE(result.content.treaty_broken);
}

TEST(ValidId, FollowsThePattern) {
  EXPECT_TRUE(valid_id("a"));
  EXPECT_TRUE(valid_id("0"));
  EXPECT_TRUE(valid_id("abraham-accords"));
  EXPECT_TRUE(valid_id("aa-2020-09-15"));
  EXPECT_TRUE(valid_id("a-")); // only the first character is restricted further
  EXPECT_FALSE(valid_id(""));
  EXPECT_FALSE(valid_id("-a"));
  EXPECT_FALSE(valid_id("A"));
  EXPECT_FALSE(valid_id("a_b"));
  EXPECT_FALSE(valid_id("a.b"));
  EXPECT_FALSE(valid_id("a b"));
  EXPECT_FALSE(valid_id("\xC3\xA9"));
}

// ---- dates ----------------------------------------------------------------------------

TEST(ReadDocumentDates, Shape) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2020-9-15")).messages,
            Messages{"t.yaml:7:11: error: invalid date '2020-9-15': expected YYYY, YYYY-MM or YYYY-MM-DD"});
}

TEST(ReadDocumentDates, DayMonthYearOrder) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 15.09.2020")).messages,
            Messages{"t.yaml:7:11: error: invalid date '15.09.2020': expected YYYY, YYYY-MM or YYYY-MM-DD"});
}

TEST(ReadDocumentDates, Timestamp) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2020-09-15T10:00:00Z")).messages,
            Messages{"t.yaml:7:11: error: invalid date '2020-09-15T10:00:00Z': expected YYYY, YYYY-MM or "
                     "YYYY-MM-DD"});
}

TEST(ReadDocumentDates, MonthThirteen) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2020-13")).messages,
            Messages{"t.yaml:7:11: error: invalid date '2020-13': month 13 does not exist"});
}

TEST(ReadDocumentDates, NotALeapYear) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2021-02-29")).messages,
            Messages{"t.yaml:7:11: error: invalid date '2021-02-29': 2021-02 has no day 29"});
}

TEST(ReadDocumentDates, LeapDayIsFine) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2020-02-29")).messages, Messages{});
}

TEST(ReadDocumentDates, YearZero) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 0000")).messages,
            Messages{"t.yaml:7:11: error: invalid date '0000': year 0000 is out of range 0001-9999"});
}

TEST(ReadDocumentDates, FiveDigitYear) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 10000")).messages,
            Messages{"t.yaml:7:11: error: invalid date '10000': expected YYYY, YYYY-MM or YYYY-MM-DD"});
}

TEST(ReadDocumentDates, NotText) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: [2020]")).messages,
            Messages{"t.yaml:7:11: error: 'date' must be a text, found a sequence"});
}

TEST(ReadDocumentDates, BadEnd) {
  EXPECT_EQ(read(good_file + "    end: 2020-09-31\n").messages,
            Messages{"t.yaml:11:10: error: invalid end '2020-09-31': 2020-09 has no day 31"});
}

TEST(ReadDocumentDates, BadDateAndBadEndAreBothReported) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2020-02-30") + "    end: 2020-13\n").messages,
            (Messages{"t.yaml:7:11: error: invalid date '2020-02-30': 2020-02 has no day 30",
                      "t.yaml:11:10: error: invalid end '2020-13': month 13 does not exist"}));
}

TEST(ReadDocumentDates, EndBeforeDate) {
  const auto result = read(good_file + "    end: 2020-09-14\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:11:10: error: end 2020-09-14 is before date 2020-09-15"});
  EXPECT_TRUE(result.content.events.empty());
}

TEST(ReadDocumentDates, EndMonthBeforeDate) {
  EXPECT_EQ(read(good_file + "    end: 2020-08\n").messages,
            Messages{"t.yaml:11:10: error: end 2020-08 is before date 2020-09-15"});
}

TEST(ReadDocumentDates, EndYearBeforeMonthDate) {
  EXPECT_EQ(read(with("date: 2020-09-15", "date: 2020-09") + "    end: 2019\n").messages,
            Messages{"t.yaml:11:10: error: end 2019 is before date 2020-09"});
}

TEST(ReadDocumentDates, EndBeforeDateIsReportedEvenWhenTheIdIsBad) {
  EXPECT_EQ(read(with("id: a\n", "id: A\n") + "    end: 2020-09-14\n").messages,
            (Messages{std::string("t.yaml:6:9: error: invalid event id 'A': ") + id_rule,
                      "t.yaml:11:10: error: end 2020-09-14 is before date 2020-09-15"}));
}

TEST(ReadDocumentDates, EndEqualToDate) {
  const auto result = read(good_file + "    end: 2020-09-15\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(result.content.events[0].interval().last, result.content.events[0].date.last_day());
}

TEST(ReadDocumentDates, CoarserEndThatCoversTheDate) {
  // end 2020-09 ends on 30 September, after the 15th.
  const auto result = read(good_file + "    end: 2020-09\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(result.content.events[0].end->text(), "2020-09");
  EXPECT_EQ(result.content.events[0].interval().last, result.content.events[0].end->last_day());
}

TEST(ReadDocumentDates, CoarserEndOfAnEarlierYearIsBefore) {
  EXPECT_EQ(read(good_file + "    end: 2019\n").messages,
            Messages{"t.yaml:11:10: error: end 2019 is before date 2020-09-15"});
}

// ---- types ----------------------------------------------------------------------------

TEST(ReadDocumentTypes, EveryDocumentedTypeIsAccepted) {
  for (const auto* type :
       {"report", "announcement", "signing", "accession", "ratification", "entry-into-force", "withdrawal",
        "suspension", "relations", "embassy", "agreement", "summit", "sanctions", "other"}) {
    EXPECT_EQ(read(with("type: signing", std::string("type: ") + type)).messages, Messages{}) << type;
  }
}

TEST(ReadDocumentTypes, UnknownWithSuggestion) {
  EXPECT_EQ(read(with("type: signing", "type: ratificaton")).messages,
            Messages{"t.yaml:8:11: error: unknown event type 'ratificaton' (did you mean 'ratification'?)"});
}

TEST(ReadDocumentTypes, UnderscoresForDashes) {
  EXPECT_EQ(read(with("type: signing", "type: entry_into_force")).messages,
            Messages{"t.yaml:8:11: error: unknown event type 'entry_into_force' (did you mean 'entry-into-force'?)"});
}

TEST(ReadDocumentTypes, WrongCase) {
  EXPECT_EQ(read(with("type: signing", "type: Signing")).messages,
            Messages{"t.yaml:8:11: error: unknown event type 'Signing' (did you mean 'signing'?)"});
}

TEST(ReadDocumentTypes, UnknownWithoutSuggestion) {
  EXPECT_EQ(
      read(with("type: signing", "type: zzzzzzzz")).messages,
      Messages{std::string("t.yaml:8:11: error: unknown event type 'zzzzzzzz' (known types: ") + all_types + ")"});
}

// ---- countries ------------------------------------------------------------------------

TEST(ReadDocumentCountries, UkSuggestsGb) {
  EXPECT_EQ(read(with("[IL, AE]", "[UK]")).messages,
            Messages{"t.yaml:9:15: error: unknown country code 'UK' in 'parties' (did you mean 'GB', United "
                     "Kingdom?)"});
}

TEST(ReadDocumentCountries, AlphaThreeSuggestsAlphaTwo) {
  EXPECT_EQ(read(with("[IL, AE]", "[IL, ISR]")).messages,
            Messages{"t.yaml:9:19: error: unknown country code 'ISR' in 'parties' (did you mean 'IL', Israel?)"});
}

TEST(ReadDocumentCountries, LowerCase) {
  EXPECT_EQ(read(with("[IL, AE]", "[il]")).messages,
            Messages{"t.yaml:9:15: error: unknown country code 'il' in 'parties' (did you mean 'IL', Israel?)"});
}

TEST(ReadDocumentCountries, Name) {
  EXPECT_EQ(read(with("[IL, AE]", "[Morocco]")).messages,
            Messages{"t.yaml:9:15: error: unknown country code 'Morocco' in 'parties' (did you mean 'MA', "
                     "Morocco?)"});
}

TEST(ReadDocumentCountries, Number) {
  EXPECT_EQ(read(with("[IL, AE]", "[376]")).messages,
            Messages{"t.yaml:9:15: error: unknown country code '376' in 'parties': use ISO 3166-1 alpha-2 codes such "
                     "as 'IL'"});
}

TEST(ReadDocumentCountries, UnassignedCodeIsLeftToTheEntitiesOfEveryFile) {
  // Only the entities of every file loaded tell whether XX names one: link reports it.
  const auto result = read(with("[IL, AE]", "[XX]"));
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.entity_codes.size(), 1U);
  const auto& use = result.content.entity_codes[0];
  EXPECT_EQ(use.code, "XX");
  EXPECT_EQ(use.key, "parties");
  EXPECT_EQ(use.line, 9);
  EXPECT_EQ(use.column, 15);
  EXPECT_EQ(use.event, 0U);
}

TEST(ReadDocumentCountries, CodeNoEntityCanHaveIsAnErrorAtOnce) {
  EXPECT_EQ(read(with("[IL, AE]", "[xx]")).messages,
            Messages{"t.yaml:9:15: error: unknown country code 'xx' in 'parties': use ISO 3166-1 alpha-2 codes such "
                     "as 'IL'"});
  EXPECT_EQ(read(with("[IL, AE]", "[X]")).messages,
            Messages{"t.yaml:9:15: error: unknown country code 'X' in 'parties': use ISO 3166-1 alpha-2 codes such "
                     "as 'IL'"});
}

TEST(ReadDocumentCountries, ListedTwice) {
  EXPECT_EQ(read(with("[IL, AE]", "[IL, AE, IL]")).messages,
            Messages{"t.yaml:9:23: error: 'parties' lists 'IL' twice"});
}

TEST(ReadDocumentCountries, EmptyParties) {
  const auto result = read(with("[IL, AE]", "[]"));
  EXPECT_EQ(result.messages, Messages{"t.yaml:9:14: error: 'parties' must list at least one country"});
  EXPECT_TRUE(result.content.events.empty());
}

TEST(ReadDocumentCountries, PartiesAsAScalar) {
  EXPECT_EQ(read(with("[IL, AE]", "IL, AE")).messages,
            Messages{"t.yaml:9:14: error: 'parties' must be a sequence of country codes, found a scalar"});
}

TEST(ReadDocumentCountries, PartiesAsAMapping) {
  EXPECT_EQ(read(with("[IL, AE]", "{IL: AE}")).messages,
            Messages{"t.yaml:9:14: error: 'parties' must be a sequence of country codes, found a mapping"});
}

TEST(ReadDocumentCountries, NestedSequence) {
  EXPECT_EQ(read(with("[IL, AE]", "[[IL]]")).messages,
            Messages{"t.yaml:9:15: error: an item of 'parties' must be a text, found a sequence"});
}

TEST(ReadDocumentCountries, EveryBadCodeIsReported) {
  EXPECT_EQ(read(with("[IL, AE]", "[UK, IL, il, IL]")).messages,
            (Messages{"t.yaml:9:15: error: unknown country code 'UK' in 'parties' (did you mean 'GB', United "
                      "Kingdom?)",
                      "t.yaml:9:23: error: unknown country code 'il' in 'parties' (did you mean 'IL', Israel?)",
                      "t.yaml:9:27: error: 'parties' lists 'IL' twice"}));
}

TEST(ReadDocumentCountries, Mediators) {
  EXPECT_EQ(read(good_file + "    mediators: [USA, US, US]\n").messages,
            (Messages{"t.yaml:11:17: error: unknown country code 'USA' in 'mediators' (did you mean 'US', United "
                      "States?)",
                      "t.yaml:11:26: error: 'mediators' lists 'US' twice"}));
}

TEST(ReadDocumentCountries, EmptyMediatorsAreFine) {
  EXPECT_EQ(read(good_file + "    mediators: []\n").messages, Messages{});
}

TEST(ReadDocumentCountries, BlockSequence) {
  const auto result = read(with("    parties: [IL, AE]\n", "    parties:\n      - IL\n      - NO\n"));
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(accords::testing::strings_of(result.content.events[0].parties), (std::vector<std::string>{"IL", "NO"}));
}

// ---- texts and lists ------------------------------------------------------------------

TEST(ReadDocumentTexts, MultiLineTitle) {
  EXPECT_EQ(read(with("    title: Signed\n", "    title: |\n      Signed\n      twice\n")).messages,
            Messages{"t.yaml:10:12: error: 'title' must be one line"});
}

TEST(ReadDocumentTexts, EscapedLineBreakInTitle) {
  EXPECT_EQ(read(with("    title: Signed\n", "    title: \"Signed\\nagain\"\n")).messages,
            Messages{"t.yaml:10:12: error: 'title' must be one line"});
}

TEST(ReadDocumentTexts, FoldedTitleOnOneLineIsFine) {
  const auto result = read(with("    title: Signed\n", "    title: >-\n      Signed\n      at last\n"));
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(result.content.events[0].title, "Signed at last");
}

TEST(ReadDocumentTexts, MultiLinePlaceIsText) {
  // Only the title is "one line of text" in the format; a place is any text.
  const auto result = read(good_file + "    place: |\n      a\n      b\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(result.content.events[0].place, std::optional<std::string>("a\nb\n"));
}

TEST(ReadDocumentTexts, TitleAsAMapping) {
  EXPECT_EQ(read(with("    title: Signed\n", "    title: {en: Signed}\n")).messages,
            Messages{"t.yaml:10:12: error: 'title' must be a text, found a mapping"});
}

TEST(ReadDocumentTexts, MultiLineTreatyNameIsText) {
  const auto result = read("treaty:\n  id: t\n  name: \"A\\nB\"\n");
  EXPECT_EQ(result.messages, Messages{});
  ASSERT_TRUE(result.content.treaty.has_value());
  EXPECT_EQ(result.content.treaty->name, "A\nB");
}

TEST(ReadDocumentTexts, SourcesAsAScalar) {
  EXPECT_EQ(read(good_file + "    sources: https://example.org\n").messages,
            Messages{"t.yaml:11:14: error: 'sources' must be a sequence, found a scalar"});
}

TEST(ReadDocumentTexts, ListItems) {
  // Recorded in the order the reader checks the keys (sources before tags); printing sorts them.
  EXPECT_EQ(
      read(good_file + "    tags: [a, '', {b: c}]\n    sources:\n      - |\n        two\n        lines\n").messages,
      (Messages{"t.yaml:11:15: error: an item of 'tags' must not be empty",
                "t.yaml:11:19: error: an item of 'tags' must be a text, found a mapping"}));
}

TEST(ReadDocumentTexts, TreatyAliases) {
  EXPECT_EQ(read("treaty:\n  id: t\n  name: T\n  aliases: t2\n").messages,
            Messages{"t.yaml:4:12: error: 'aliases' must be a sequence, found a scalar"});
}

// ---- structure ------------------------------------------------------------------------

TEST(ReadDocumentStructure, EventsNotASequence) {
  EXPECT_EQ(read("events:\n  id: a\n").messages,
            Messages{"t.yaml:2:3: error: 'events' must be a sequence of events, found a mapping"});
}

TEST(ReadDocumentStructure, EventNotAMapping) {
  const auto result = read(header + "  - just a title\n" + good_event);
  EXPECT_EQ(result.messages, Messages{"t.yaml:6:5: error: each event must be a mapping, found a scalar"});
  ASSERT_EQ(result.content.events.size(), 1U); // the next event is still read
}

TEST(ReadDocumentStructure, NullEvent) {
  EXPECT_EQ(read(header + "  -\n").messages, Messages{"t.yaml:7:1: error: each event must be a mapping, found null"});
}

TEST(ReadDocumentStructure, TreatyAsASequence) {
  const auto result = read("treaty: [t]\n");
  EXPECT_EQ(result.messages,
            Messages{"t.yaml:1:9: error: 'treaty' must be a treaty mapping or a treaty id, found a sequence"});
  EXPECT_TRUE(result.content.treaty_broken);
  EXPECT_FALSE(result.content.default_treaty.has_value());
}

TEST(ReadDocumentStructure, TreatyAsAnEmptyText) {
  const auto result = read("treaty: ''\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:1:9: error: 'treaty' must not be empty"});
  EXPECT_TRUE(result.content.treaty_broken);
}

TEST(ReadDocumentStructure, EventTreatyAsAMapping) {
  EXPECT_EQ(read(good_file + "    treaty: {id: t}\n").messages,
            Messages{"t.yaml:11:13: error: 'treaty' must be a text, found a mapping"});
}

// ---- every problem, no cascades -------------------------------------------------------

TEST(ReadDocumentAll, EveryProblemOfAnEventIsReported) {
  const auto result = read(header + "  - id: Bad\n"
                                    "    date: 2020-13\n"
                                    "    type: singing\n"
                                    "    parties: [UK]\n"
                                    "    title: |\n"
                                    "      two\n"
                                    "      lines\n"
                                    "    sorces: []\n");
  EXPECT_EQ(result.messages,
            (Messages{"t.yaml:13:5: error: unknown key 'sorces' in event (did you mean 'sources'?)",
                      std::string("t.yaml:6:9: error: invalid event id 'Bad': ") + id_rule,
                      "t.yaml:7:11: error: invalid date '2020-13': month 13 does not exist",
                      "t.yaml:8:11: error: unknown event type 'singing' (did you mean 'signing'?)",
                      "t.yaml:9:15: error: unknown country code 'UK' in 'parties' (did you mean 'GB', United "
                      "Kingdom?)",
                      "t.yaml:10:12: error: 'title' must be one line"}));
  EXPECT_TRUE(result.content.events.empty());
}

TEST(ReadDocumentAll, EveryBadEventIsReportedAndGoodOnesKept) {
  const auto result = read(header + "  - id: one\n    date: 2020\n    type: report\n    parties: [IL]\n    title: x\n" +
                           "  - id: two\n    date: 2020-02-30\n    type: report\n    parties: [IL]\n    title: x\n" +
                           "  - id: three\n    date: 2021\n    type: report\n    parties: [IL]\n    title: x\n" +
                           "  - id: four\n    date: 2022\n    type: reprot\n    parties: [IL]\n    title: x\n");
  EXPECT_EQ(result.messages, (Messages{"t.yaml:12:11: error: invalid date '2020-02-30': 2020-02 has no day 30",
                                       "t.yaml:23:11: error: unknown event type 'reprot' (did you mean 'report'?)"}));
  ASSERT_EQ(result.content.events.size(), 2U);
  EXPECT_EQ(result.content.events[0].id, "one");
  EXPECT_EQ(result.content.events[1].id, "three");
}

TEST(ReadDocumentAll, AliasesDoNotCascade) {
  // An alias is reported once, by the YAML reader; the keys it stands in for are not
  // reported again as missing or of the wrong kind.
  const auto result = read(header + "  - id: a\n"
                                    "    date: &d 2020\n"
                                    "    type: signing\n"
                                    "    parties: &p [IL]\n"
                                    "    title: x\n"
                                    "  - id: b\n"
                                    "    date: *d\n"
                                    "    type: signing\n"
                                    "    parties: *p\n"
                                    "    title: x\n"
                                    "    tags: *p\n"
                                    "  - *p\n");
  EXPECT_EQ(result.messages,
            (Messages{"t.yaml:7:11: error: YAML anchors are not supported (anchor '&d'): write the value out in full",
                      "t.yaml:9:14: error: YAML anchors are not supported (anchor '&p'): write the value out in full",
                      "t.yaml:12:11: error: YAML aliases are not supported: write the value out in full",
                      "t.yaml:14:14: error: YAML aliases are not supported: write the value out in full",
                      "t.yaml:16:11: error: YAML aliases are not supported: write the value out in full",
                      "t.yaml:17:5: error: YAML aliases are not supported: write the value out in full"}));
  ASSERT_EQ(result.content.events.size(), 1U); // `a` is read; its anchors are errors of the file
  EXPECT_EQ(result.content.events[0].id, "a");
}

TEST(ReadDocumentAll, AliasAsTheFileTreaty) {
  const auto result = read("x-t: &t {id: t, name: T}\ntreaty: *t\n");
  EXPECT_EQ(result.messages,
            (Messages{"t.yaml:1:6: error: YAML anchors are not supported (anchor '&t'): write the value out in full",
                      "t.yaml:2:9: error: YAML aliases are not supported: write the value out in full"}));
  EXPECT_TRUE(result.content.treaty_broken);
}

TEST(ReadFile, EventsBeforeASyntaxErrorCountForNothing) {
  // The first event has problems of its own, which are not reported either.
  const auto result = read(header + "  - id: B\n    title: x\n" + good_event + "  - id: b\n    date: [\n");
  EXPECT_FALSE(result.parsed);
  ASSERT_EQ(result.messages.size(), 1U);
  EXPECT_NE(result.messages[0].find("YAML syntax error"), std::string::npos) << result.messages[0];
}

TEST(ReadFile, SecondEventsKeyIsADuplicateAndItsEventsAreNotRead) {
  const auto result = read(good_file + "events:\n  - id: b\n");
  EXPECT_EQ(result.messages, Messages{"t.yaml:11:1: error: duplicate key 'events' (first used at line 5, column 1)"});
  ASSERT_EQ(result.content.events.size(), 1U);
  EXPECT_EQ(result.content.events[0].id, "a");
}

TEST(ReadFile, EventsOfEveryShape) {
  // Not a sequence, an alias, scalars and nested sequences as items: the same either way.
  const std::vector<std::string> texts{header + "  7\n", header + "  - 7\n  - [a]\n  - ~\n" + good_event,
                                       "events: *x\n", "events:\n- &a {}\n- *a\n", "x-a: [events]\nevents: []\n"};
  for (const auto& text : texts) {
    const auto result = read(text);
    EXPECT_FALSE(result.messages.empty() && text != texts.back()) << text;
  }
}

TEST(ReadFile, DuplicateKeyInABigMappingNamesItsFirstUse) {
  std::string text = header + "  - id: a\n";
  for (int number = 0; number < 40; ++number) {
    text += "    x-" + std::to_string(number) + ": v\n";
  }
  text += "    x-3: again\n";
  const auto result = read(text);
  ASSERT_EQ(result.messages.size(), 5U);
  EXPECT_EQ(result.messages[0], "t.yaml:47:5: error: duplicate key 'x-3' (first used at line 10, column 5)");
}

TEST(ReadFile, NestingTooDeepInAnEventThenMore) {
  // On two threads the parser runs ahead of the tree builder that finds the nesting too deep,
  // here into a syntax error further on: the earlier problem is still the one reported.
  std::string deep = "  - id: d\n    x-deep: ";
  for (int level = 0; level < 80; ++level) {
    deep += "[";
  }
  for (int level = 0; level < 80; ++level) {
    deep += "]";
  }
  const auto result = read(header + good_event + deep + "\n" + good_event + "  - id: e\n    date: [\n");
  ASSERT_EQ(result.messages.size(), 1U);
  EXPECT_NE(result.messages[0].find("nested more than 64 levels deep"), std::string::npos) << result.messages[0];
}

TEST(ReadFile, ManyEventsWithProblemsAllAlong) {
  // More events than the two-thread reader hands over at once, problems throughout.
  std::string text = header;
  for (int number = 0; number < 5000; ++number) {
    text += "  - id: e" + std::to_string(number) + "\n    date: 2020-01-0" + std::to_string(1 + number % 9) +
            "\n    type: signing\n    parties: [" + (number % 700 == 0 ? "xx" : "IL") + "]\n    title: T\n";
  }
  const auto good = read(text);
  EXPECT_EQ(good.content.events.size(), 4992U);
  EXPECT_EQ(good.messages.size(), 8U);
  const auto broken = read(text + "  - id: z\n    title: 'open\n");
  EXPECT_FALSE(broken.parsed);
}

} // namespace
} // namespace accords::load

namespace accords::load {
namespace {

TEST(ParseFile, TextsAreCopiesThatOutliveTheBytes) {
  const auto path = std::make_shared<const std::string>("t.yaml");
  std::optional<FileContent> content;
  {
    const SourceBytes bytes(std::string("\xEF\xBB\xBF" // a byte-order mark shifts every offset
                                        "treaty: t\n"
                                        "events:\n"
                                        "  - id: a\n"
                                        "    date: 2020\n"
                                        "    type: signing\n"
                                        "    parties: [IL, AE]\n"
                                        "    title: \"Quoted \\u00e9\"\n"
                                        "    place: Plain place\n"
                                        "    notes: |\n"
                                        "      Two\n"
                                        "      lines\n"
                                        "    treaty: t\n"
                                        "    tags: [one, 'two']\n"));
    Diagnostics diagnostics;
    content = parse_file(bytes, path, diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 0U);
    ASSERT_TRUE(content);
    ASSERT_EQ(content->events.size(), 1U);
    const auto& event = content->events[0];
    const auto& head = content->heads[0];
    for (const auto text : {event.id, *event.place, event.parties[1], event.tags[0], event.treaty, head.id, head.treaty,
                            content->default_treaty->id}) {
      EXPECT_FALSE(util::lies_in(bytes.view(), text)) << text << " views the file";
    }
  }
  const auto& event = content->events[0];
  EXPECT_EQ(event.id, "a");
  EXPECT_EQ(*event.place, "Plain place");
  EXPECT_EQ(event.title, "Quoted \xC3\xA9");
  EXPECT_EQ(*event.notes, "Two\nlines\n");
  EXPECT_EQ(event.treaty, "t");
  EXPECT_EQ(content->heads[0].treaty, "t");
  EXPECT_EQ(content->default_treaty->id, "t");
  EXPECT_EQ(accords::testing::strings_of(event.parties), (std::vector<std::string>{"IL", "AE"}));
  EXPECT_EQ(accords::testing::strings_of(event.tags), (std::vector<std::string>{"one", "two"}));
}

} // namespace
} // namespace accords::load
