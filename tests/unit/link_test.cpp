// load/link with load/parse_sources: several files loaded together, with the checks that span
// files (unique ids, treaty references), load order, and no exception or invalid event for
// any input.
#include "load/link.hpp"

#include "load_sources.hpp"

#include "load/parse/schema.hpp"
#include "model/country.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace accords::load {
namespace {

using testing::load_sources;
using testing::printed;

using Messages = std::vector<std::string>;

std::vector<std::string> event_ids(const LoadResult& result) {
  std::vector<std::string> ids;
  for (const auto& event : result.events) {
    ids.emplace_back(event.id);
  }
  return ids;
}

// An event mapping at two spaces of indentation, as lines 1-5 of its own text.
std::string event(std::string_view id, std::string_view extra = "") {
  return "  - id: " + std::string(id) +
         "\n"
         "    date: 2020\n"
         "    type: signing\n"
         "    parties: [IL]\n"
         "    title: x\n" +
         std::string(extra);
}

const std::string treaty_file = "schema: 1\n"
                                "treaty:\n"
                                "  id: abraham-accords\n"
                                "  name: Abraham Accords\n"
                                "  aliases: [abraham, aa]\n";

// ---- entities across files -----------------------------------------------------------

const std::string entities_file = "schema: 2\n"
                                  "entities:\n"
                                  "  - code: EU\n"
                                  "    name: European Union\n";

// A schema 2 file of abraham-accords events with `parties`.
std::string events_with(std::string_view parties) {
  return "schema: 2\ntreaty: abraham-accords\nevents:\n"
         "  - id: with\n    date: 2020\n    type: signing\n    parties: " +
         std::string(parties) + "\n    title: x\n" + event("other");
}

TEST(LoadSources, AnEntityOfAnyFileMakesItsCodeAPartyInEveryOrder) {
  const Source entities{"entities.yaml", entities_file};
  const Source events{"events.yaml", events_with("[FR, EU]")};
  const Source treaty{"treaty.yaml", treaty_file};
  for (const auto& sources :
       {std::vector<Source>{entities, events, treaty}, std::vector<Source>{events, treaty, entities}}) {
    const auto result = load_sources(sources);
    EXPECT_EQ(printed(result), Messages{});
    EXPECT_EQ(event_ids(result), (std::vector<std::string>{"with", "other"}));
    ASSERT_EQ(result.entities.size(), 1U);
    EXPECT_EQ(result.entities[0].code, "EU");
    EXPECT_EQ(result.entities[0].name, "European Union");
  }
}

TEST(LoadSources, ACodeNoEntityDefinesIsAnErrorAndItsEventIsLeftOut) {
  const auto result = load_sources({{"treaty.yaml", treaty_file}, {"events.yaml", events_with("[FR, EU]")}});
  EXPECT_EQ(printed(result), Messages{"events.yaml:7:19: error: unknown country code 'EU' in 'parties': use ISO 3166-1 "
                                      "alpha-2 codes such as 'IL', or define 'EU' under 'entities'"});
  EXPECT_EQ(event_ids(result), std::vector<std::string>{"other"});
}

TEST(LoadSources, TheSameEntityTwiceAlikeIsOneAndDifferentlyAnError) {
  const auto alike = load_sources({{"a.yaml", entities_file}, {"b.yaml", entities_file}});
  EXPECT_EQ(printed(alike), Messages{});
  EXPECT_EQ(alike.entities.size(), 1U);
  const auto different = load_sources(
      {{"a.yaml", entities_file}, {"b.yaml", "schema: 2\nentities:\n  - {code: EU, name: EEC, until: 1993-10-31}\n"}});
  EXPECT_EQ(printed(different),
            Messages{"b.yaml:3:5: error: entity 'EU' is defined differently at a.yaml:3:5 (as 'European Union')"});
  EXPECT_EQ(different.entities.size(), 1U);
}

// ---- treaties across files ------------------------------------------------------------

TEST(LoadSources, TreatyDefinedInAnotherFileLoadsInEitherOrder) {
  const Source definition{"treaty.yaml", treaty_file};
  const Source events{"events.yaml", "schema: 1\ntreaty: abraham-accords\nevents:\n" + event("e1") + event("e2")};
  for (const auto& sources : {std::vector<Source>{definition, events}, std::vector<Source>{events, definition}}) {
    const auto result = load_sources(sources);
    EXPECT_EQ(printed(result), Messages{});
    ASSERT_EQ(result.treaties.size(), 1U);
    EXPECT_EQ(result.treaties[0].id, "abraham-accords");
    ASSERT_EQ(result.events.size(), 2U);
    EXPECT_EQ(result.events[0].treaty, "abraham-accords");
    EXPECT_EQ(result.events[1].treaty, "abraham-accords");
  }
}

TEST(LoadSources, EventTreatyKeyOverridesTheFileTreaty) {
  const auto result = load_sources(
      {{"a.yaml", "treaty: {id: one, name: One}\n"},
       {"b.yaml", "treaty: {id: two, name: Two}\nevents:\n" + event("e1") + event("e2", "    treaty: one\n")}});
  EXPECT_EQ(printed(result), Messages{});
  ASSERT_EQ(result.events.size(), 2U);
  EXPECT_EQ(result.events[0].treaty, "two");
  EXPECT_EQ(result.events[1].treaty, "one");
}

TEST(LoadSources, FileWithEventsThatEachNameTheirTreaty) {
  const auto result =
      load_sources({{"t.yaml", treaty_file}, {"e.yaml", "events:\n" + event("e1", "    treaty: abraham-accords\n")}});
  EXPECT_EQ(printed(result), Messages{});
  EXPECT_EQ(result.events.size(), 1U);
}

TEST(LoadSources, UndefinedFileTreatyIsReportedOnce) {
  const auto result = load_sources(
      {{"t.yaml", treaty_file},
       {"e.yaml", "schema: 1\ntreaty: abraham-acords\nevents:\n" + event("e1") + event("e2") + event("e3")}});
  EXPECT_EQ(printed(result),
            Messages{"e.yaml:2:9: error: undefined treaty 'abraham-acords' (did you mean 'abraham-accords'?)"});
  EXPECT_TRUE(result.events.empty());
}

TEST(LoadSources, UndefinedEventTreatyIsReportedAtEachPlace) {
  const auto result = load_sources({{"t.yaml", treaty_file},
                                    {"e.yaml", "events:\n" + event("e1", "    treaty: abraham-acord\n") +
                                                   event("e2", "    treaty: abraham-acord\n")}});
  EXPECT_EQ(printed(result),
            (Messages{"e.yaml:7:13: error: undefined treaty 'abraham-acord' (did you mean 'abraham-accords'?)",
                      "e.yaml:13:13: error: undefined treaty 'abraham-acord' (did you mean 'abraham-accords'?)"}));
  EXPECT_TRUE(result.events.empty());
}

TEST(LoadSources, UndefinedTreatyWithoutSuggestion) {
  const auto result = load_sources({{"t.yaml", treaty_file}, {"e.yaml", "treaty: zzz\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result), Messages{"e.yaml:1:9: error: undefined treaty 'zzz'"});
}

TEST(LoadSources, UndefinedTreatyWhenNoneIsDefined) {
  const auto result = load_sources({{"e.yaml", "treaty: abraham-accords\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result), Messages{"e.yaml:1:9: error: undefined treaty 'abraham-accords'"});
}

TEST(LoadSources, TreatyAliasInsteadOfItsId) {
  const auto result = load_sources({{"t.yaml", treaty_file}, {"e.yaml", "treaty: aa\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result), Messages{"e.yaml:1:9: error: undefined treaty 'aa': it is an alias of "
                                      "'abraham-accords', and files name a treaty by its id"});
}

TEST(LoadSources, EventWithNoTreatyAtAll) {
  const auto result = load_sources({{"e.yaml", "schema: 1\nevents:\n" + event("e1") + event("e2")}});
  EXPECT_EQ(printed(result),
            (Messages{"e.yaml:3:5: error: event 'e1' has no treaty: give it a 'treaty' key or set 'treaty' at the "
                      "top of the file",
                      "e.yaml:8:5: error: event 'e2' has no treaty: give it a 'treaty' key or set 'treaty' at the "
                      "top of the file"}));
  EXPECT_TRUE(result.events.empty());
}

TEST(LoadSources, TreatyWithoutEventsIsFine) {
  const auto result = load_sources({{"t.yaml", treaty_file}});
  EXPECT_EQ(printed(result), Messages{});
  EXPECT_EQ(result.treaties.size(), 1U);
  EXPECT_EQ(result.treaties[0].aliases, (std::vector<std::string>{"abraham", "aa"}));
}

// ---- broken treaty definitions do not cascade -----------------------------------------

TEST(LoadSourcesBrokenTreaty, MissingNameIsReportedOnce) {
  const auto result = load_sources({{"t.yaml", "treaty:\n  id: t\nevents:\n" + event("e1")},
                                    {"u.yaml", "treaty: t\nevents:\n" + event("e2")},
                                    {"v.yaml", "events:\n" + event("e3", "    treaty: t\n")}});
  EXPECT_EQ(printed(result), Messages{"t.yaml:2:3: error: missing required key 'name' in treaty"});
  EXPECT_TRUE(result.treaties.empty());
  EXPECT_TRUE(result.events.empty()); // never an event with an undefined treaty
}

TEST(LoadSourcesBrokenTreaty, InvalidIdIsReportedOnce) {
  const auto result = load_sources({{"t.yaml", "treaty:\n  id: Bad_Id\n  name: B\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result),
            Messages{"t.yaml:2:7: error: invalid treaty id 'Bad_Id': use lower-case letters, digits and '-', "
                     "starting with a letter or digit"});
  EXPECT_TRUE(result.events.empty());
}

TEST(LoadSourcesBrokenTreaty, MissingIdIsReportedOnce) {
  const auto result = load_sources({{"t.yaml", "treaty:\n  name: B\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result), Messages{"t.yaml:2:3: error: missing required key 'id' in treaty"});
}

TEST(LoadSourcesBrokenTreaty, TreatyOfTheWrongKindIsReportedOnce) {
  const auto result = load_sources(
      {{"t.yaml", "treaty: [a]\nevents:\n" + event("e1")}, {"u.yaml", "treaty: ''\nevents:\n" + event("e2")}});
  EXPECT_EQ(printed(result),
            (Messages{"t.yaml:1:9: error: 'treaty' must be a treaty mapping or a treaty id, found a sequence",
                      "u.yaml:1:9: error: 'treaty' must not be empty"}));
}

TEST(LoadSourcesBrokenTreaty, EventsWithTheirOwnTreatyStillResolve) {
  const auto result = load_sources(
      {{"a.yaml", treaty_file},
       {"b.yaml", "treaty:\n  id: broken\nevents:\n" + event("e1") + event("e2", "    treaty: abraham-accords\n")}});
  EXPECT_EQ(printed(result), Messages{"b.yaml:2:3: error: missing required key 'name' in treaty"});
  EXPECT_EQ(event_ids(result), std::vector<std::string>{"e2"});
}

TEST(LoadSourcesBrokenTreaty, BrokenIdIsStillSuggested) {
  const auto result = load_sources(
      {{"a.yaml", "treaty:\n  id: negev-forum\n"}, {"b.yaml", "treaty: negev-foru\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result), (Messages{"a.yaml:2:3: error: missing required key 'name' in treaty",
                                       "b.yaml:1:9: error: undefined treaty 'negev-foru' (did you mean "
                                       "'negev-forum'?)"}));
}

// ---- unique ids -----------------------------------------------------------------------

TEST(LoadSourcesIds, DuplicateEventIdAcrossFiles) {
  const auto result = load_sources({{"a/t.yaml", treaty_file + "events:\n" + event("e1") + event("e2")},
                                    {"b/u.yaml", "treaty: abraham-accords\nevents:\n" + event("e3") + event("e1")}});
  EXPECT_EQ(printed(result), Messages{"b/u.yaml:8:9: error: duplicate event id 'e1' (first defined at a/t.yaml:7:9)"});
  EXPECT_EQ(event_ids(result), (std::vector<std::string>{"e1", "e2", "e3"}));
}

TEST(LoadSourcesIds, DuplicateEventIdInOneFile) {
  const auto result = load_sources({{"t.yaml", treaty_file + "events:\n" + event("e1") + event("e1")}});
  EXPECT_EQ(printed(result), Messages{"t.yaml:12:9: error: duplicate event id 'e1' (first defined at t.yaml:7:9)"});
}

TEST(LoadSourcesIds, ThirdUseNamesTheFirst) {
  const auto result = load_sources({{"t.yaml", treaty_file + "events:\n" + event("e1")},
                                    {"u.yaml", "treaty: abraham-accords\nevents:\n" + event("e1")},
                                    {"v.yaml", "treaty: abraham-accords\nevents:\n" + event("e1")}});
  EXPECT_EQ(printed(result), (Messages{"u.yaml:3:9: error: duplicate event id 'e1' (first defined at t.yaml:7:9)",
                                       "v.yaml:3:9: error: duplicate event id 'e1' (first defined at t.yaml:7:9)"}));
}

TEST(LoadSourcesIds, DuplicateTreatyIdAcrossFiles) {
  const auto result = load_sources({{"a.yaml", treaty_file}, {"b.yaml", "# again\n" + treaty_file}});
  EXPECT_EQ(printed(result),
            Messages{"b.yaml:4:3: error: duplicate treaty id 'abraham-accords' (first defined at a.yaml:3:3)"});
  EXPECT_EQ(result.treaties.size(), 1U);
}

TEST(LoadSourcesIds, EventAndTreatyMayShareAnId) {
  const auto result = load_sources({{"t.yaml", treaty_file + "events:\n" + event("abraham-accords")}});
  EXPECT_EQ(printed(result), Messages{});
}

// ---- load order -----------------------------------------------------------------------

TEST(LoadSourcesOrder, LoadIndexFollowsFileOrderThenPosition) {
  const auto result = load_sources({{"b.yaml", "treaty: abraham-accords\nevents:\n" + event("z") + event("y")},
                                    {"a.yaml", treaty_file + "events:\n" + event("x") + event("w")}});
  EXPECT_EQ(printed(result), Messages{});
  EXPECT_EQ(event_ids(result), (std::vector<std::string>{"z", "y", "x", "w"}));
  for (std::size_t i = 0; i < result.events.size(); ++i) {
    EXPECT_EQ(result.events[i].load_index, i);
  }
}

TEST(LoadSourcesOrder, LoadIndexCountsOnlyLoadedEvents) {
  const auto result = load_sources({{"t.yaml", treaty_file + "events:\n" + event("a") + event("B") + event("c")}});
  EXPECT_EQ(event_ids(result), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(result.events[1].load_index, 1U);
}

TEST(LoadSourcesOrder, TreatiesInLoadOrder) {
  const auto result = load_sources({{"z.yaml", "treaty: {id: zeta, name: Z}\n"},
                                    {"a.yaml", "treaty: {id: alpha, name: A}\n"},
                                    {"m.yaml", "treaty: {id: mu, name: M}\n"}});
  ASSERT_EQ(result.treaties.size(), 3U);
  EXPECT_EQ(result.treaties[0].id, "zeta");
  EXPECT_EQ(result.treaties[1].id, "alpha");
  EXPECT_EQ(result.treaties[2].id, "mu");
  EXPECT_EQ(result.treaties[1].defined_at.text(), "a.yaml:1:9");
}

TEST(LoadSourcesOrder, EventLocationsNameTheirFile) {
  const auto result =
      load_sources({{"t.yaml", treaty_file}, {"dir/e.yaml", "treaty: abraham-accords\nevents:\n" + event("e1")}});
  ASSERT_EQ(result.events.size(), 1U);
  EXPECT_EQ(result.events[0].defined_at.text(), "dir/e.yaml:3:5");
}

// ---- every problem of every file ------------------------------------------------------

TEST(LoadSourcesAll, EveryFileIsCheckedAndDiagnosticsFollowLoadOrder) {
  // a.yaml's only problem is found by the cross-file pass, after b.yaml's and c.yaml's; it is
  // still printed first.
  const auto result = load_sources(
      {{"a.yaml", "events:\n" + event("e1")},
       {"b.yaml", "schema: 1\nevents: [\n"},
       {"c.yaml", treaty_file + "events:\n" + event("e2", "    end: 2019\n") + "  - id: e3\n    date: 2020-02-30\n"}});
  EXPECT_EQ(printed(result),
            (Messages{"a.yaml:2:5: error: event 'e1' has no treaty: give it a 'treaty' key or set 'treaty' at the "
                      "top of the file",
                      "b.yaml:3:1: error: YAML syntax error: end of sequence flow not found (the '[' at line 2, column "
                      "9 is never closed)",
                      "c.yaml:12:10: error: end 2019 is before date 2020",
                      "c.yaml:13:5: error: missing required key 'type' in event 'e3'",
                      "c.yaml:13:5: error: missing required key 'parties' in event 'e3'",
                      "c.yaml:13:5: error: missing required key 'title' in event 'e3'",
                      "c.yaml:14:11: error: invalid date '2020-02-30': 2020-02 has no day 30"}));
  EXPECT_TRUE(result.diagnostics.has_errors());
}

TEST(LoadSourcesAll, FilesReadAtOnceGiveResultsInFileOrder) {
  // Files are parsed by several threads; what they hold and what is wrong in them still comes
  // out in file order: files of very different sizes, so that they finish out of order.
  std::vector<Source> sources{{"t.yaml", treaty_file}};
  Messages expected_recorded;
  std::vector<std::string> expected_ids;
  for (int file = 0; file < 24; ++file) {
    std::string text = "treaty: abraham-accords\nevents:\n";
    const int events = file % 3 == 0 ? 2000 : 1;
    for (int number = 0; number < events; ++number) {
      const auto id = "f" + std::to_string(file) + "-" + std::to_string(number);
      text += event(id);
      expected_ids.push_back(id);
    }
    text += "  - id: F" + std::to_string(file) + "\n";
    const auto name = "f" + std::to_string(100 + file) + ".yaml";
    expected_recorded.push_back(name + ":" + std::to_string(3 + 5 * events) + ":9: error: invalid event id 'F" +
                                std::to_string(file) +
                                "': use lower-case letters, digits and '-', starting with a letter or digit");
    sources.push_back({name, text});
  }
  std::size_t total_bytes = 0;
  for (const auto& source : sources) {
    total_bytes += source.bytes.size();
  }
  ASSERT_GT(total_bytes, std::size_t{1} << 20); // enough to be read on several threads
  for (int run = 0; run < 3; ++run) {
    const auto result = load_sources(sources);
    Messages recorded;
    for (const auto& diagnostic : result.diagnostics.all()) {
      if (diagnostic.message.find("invalid event id") != std::string::npos) {
        recorded.push_back(diagnostic.text());
      }
    }
    EXPECT_EQ(recorded, expected_recorded);
    EXPECT_EQ(event_ids(result), expected_ids);
    for (std::size_t index = 0; index < result.events.size(); ++index) {
      ASSERT_EQ(result.events[index].load_index, index);
    }
  }
}

TEST(LoadSourcesAll, GoodFilesAreStillLoadedNextToABadOne) {
  const auto result = load_sources({{"t.yaml", treaty_file + "events:\n" + event("e1")}, {"bad.yaml", "[\n"}});
  EXPECT_TRUE(result.diagnostics.has_errors());
  EXPECT_EQ(event_ids(result), std::vector<std::string>{"e1"});
}

TEST(LoadSourcesAll, NoSources) {
  const auto result = load_sources({});
  EXPECT_FALSE(result.diagnostics.has_errors());
  EXPECT_TRUE(result.events.empty());
  EXPECT_TRUE(result.treaties.empty());
}

TEST(LoadSourcesAll, InvalidUtf8) {
  const auto result = load_sources({{"t.yaml", treaty_file + "events:\n" + event("e1", "    place: Z\xFCrich\n")}});
  EXPECT_EQ(printed(result), Messages{"t.yaml:12:13: error: invalid UTF-8 (byte 0xfc): timeline files must be UTF-8"});
  EXPECT_TRUE(result.events.empty());
  EXPECT_TRUE(result.treaties.empty());
}

// ---- no input escapes as an exception or an invalid event -----------------------------

// Checks what the loader promises about the events it returns without errors.
void expect_valid(const std::string& input, const LoadResult& result) {
  std::set<std::string> treaties;
  for (const auto& treaty : result.treaties) {
    EXPECT_TRUE(valid_id(treaty.id)) << input;
    EXPECT_FALSE(treaty.name.empty()) << input;
    EXPECT_TRUE(treaties.insert(treaty.id).second) << input;
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < result.events.size(); ++i) {
    const auto& event = result.events[i];
    EXPECT_TRUE(valid_id(event.id)) << input;
    EXPECT_TRUE(ids.emplace(event.id).second) << input;
    EXPECT_EQ(treaties.count(std::string(event.treaty)), 1U) << input;
    EXPECT_FALSE(event.parties.empty()) << input;
    for (const auto& code : event.parties) {
      EXPECT_NE(model::country_by_alpha2(code), nullptr) << input;
    }
    for (const auto& code : event.mediators) {
      EXPECT_NE(model::country_by_alpha2(code), nullptr) << input;
    }
    EXPECT_FALSE(event.title.empty()) << input;
    EXPECT_EQ(event.title.find('\n'), std::string::npos) << input;
    EXPECT_LE(event.interval().first, event.interval().last) << input;
    EXPECT_EQ(event.load_index, i) << input;
  }
}

// Loads `input` as one file; returns true when it loaded without errors.
bool load_one(const std::string& input) {
  LoadResult result;
  EXPECT_NO_THROW(result = load_sources({{"fuzz.yaml", input}})) << input;
  if (!result.diagnostics.has_errors()) {
    expect_valid(input, result);
    return true;
  }
  for (const auto& diagnostic : result.diagnostics.all()) {
    EXPECT_FALSE(diagnostic.message.empty()) << input;
    EXPECT_EQ(diagnostic.message.find('\n'), std::string::npos) << input;
  }
  return false;
}

const std::string fuzz_base = "# a comment\n"
                              "schema: 1\n"
                              "treaty:\n"
                              "  id: abraham-accords\n"
                              "  name: \"Abraham \\\"Accords\\\"\"\n"
                              "  aliases: [aa, 'ab''c']\n"
                              "x-extra: {a: [1, 2]}\n"
                              "events:\n"
                              "  - id: aa-2020-09-15\n"
                              "    date: 2020-09-15\n"
                              "    end: 2020-09\n"
                              "    type: signing\n"
                              "    parties: [IL, AE, BH]\n"
                              "    mediators:\n"
                              "      - US\n"
                              "    title: Signing at the White House — Déclaration\n"
                              "    notes: |\n"
                              "      Two\n"
                              "      lines.\n"
                              "    tags: [uae]\n"
                              "  - {id: b, date: 2021, type: report, parties: [NO], title: no}\n";

TEST(LoadSourcesFuzz, TheBaseFileIsValid) { EXPECT_TRUE(load_one(fuzz_base)); }

TEST(LoadSourcesFuzz, EveryTruncation) {
  for (std::size_t length = 0; length <= fuzz_base.size(); ++length) {
    load_one(fuzz_base.substr(0, length));
  }
}

TEST(LoadSourcesFuzz, RandomBytes) {
  std::mt19937 random(20240917U); // fixed: the same inputs on every run
  const std::string alphabet = "-:[]{},#&*!|>'\"%@`? \t\n\r\\abcdefILAEUS0129xy";
  for (int round = 0; round < 400; ++round) {
    const auto length = random() % 120U;
    std::string input;
    for (std::uint32_t i = 0; i < length; ++i) {
      const auto r = random();
      // Half the rounds: any byte; the others: YAML punctuation and a few letters.
      input += round % 2 == 0 ? static_cast<char>(r & 0xFFU) : alphabet[r % alphabet.size()];
    }
    load_one(input);
  }
}

TEST(LoadSourcesFuzz, RandomEditsOfAValidFile) {
  std::mt19937 random(7U);
  const std::string inserts = "-:[]{},#&*!|>'\"\n \t\\\xC3\xFF";
  for (int round = 0; round < 400; ++round) {
    std::string input = fuzz_base;
    for (int edit = 0; edit < 3; ++edit) {
      const auto at = random() % input.size();
      const auto c = inserts[random() % inserts.size()];
      switch (random() % 3U) {
      case 0:
        input[at] = c;
        break;
      case 1:
        input.insert(at, 1, c);
        break;
      default:
        input.erase(at, 1);
        break;
      }
    }
    load_one(input);
  }
}

TEST(LoadSourcesFuzz, DeepAndLongInputs) {
  EXPECT_FALSE(load_one(std::string(100000, '[')));
  EXPECT_FALSE(load_one(std::string(100000, '{')));
  EXPECT_FALSE(load_one("a: " + std::string(50000, '"')));
  EXPECT_FALSE(load_one(std::string(20000, '-') + "\n"));
  std::string nested;
  for (int i = 0; i < 3000; ++i) {
    nested += std::string(static_cast<std::size_t>(i), ' ') + "- \n";
  }
  EXPECT_FALSE(load_one(nested));
  EXPECT_TRUE(load_one(std::string(100000, '\n') + "schema: 1\n"));
}

} // namespace
} // namespace accords::load
