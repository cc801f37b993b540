// The built-in timelines: they load cleanly and say what the sourced fact base says.
#include "engine/membership.hpp"
#include "engine/timeline.hpp"
#include "field_texts.hpp"
#include "load/builtin.hpp"
#include "load/lint.hpp"
#include "load_sources.hpp"
#include "model/source_text.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace accords {
namespace {

// The built-in timeline a run loads.
engine::Timeline builtin_timeline() {
  auto loaded = load::load_builtin();
  for (const auto& diagnostic : loaded.diagnostics.all()) {
    ADD_FAILURE() << diagnostic.text();
  }
  return engine::Timeline(std::move(loaded.treaties), std::move(loaded.events), std::move(loaded.text));
}

std::map<std::string, std::string> statuses(const engine::Timeline& timeline, const char* day) {
  const auto as_of = model::PartialDate::parse(day)->first_day();
  std::map<std::string, std::string> out;
  for (const auto& membership : engine::memberships_as_of(timeline, "abraham-accords", as_of)) {
    out[membership.party] = std::string(model::status_name(membership.status));
  }
  return out;
}

const model::Event& event(const engine::Timeline& timeline, const char* id) {
  const auto* found = timeline.find_event(id);
  if (found == nullptr) {
    throw std::runtime_error(std::string("no built-in event ") + id);
  }
  return *found;
}

TEST(BuiltinData, LoadsWithoutDiagnostics) {
  const auto loaded = testing::load_sources(load::builtin_sources());
  EXPECT_TRUE(loaded.diagnostics.all().empty());
  EXPECT_EQ(loaded.treaties.size(), 3U); // the Abraham Accords, Israel–Kazakhstan relations, I2U2
  EXPECT_GT(loaded.events.size(), 50U);
}

// Everything loaded, as text: every field of every event and treaty, and every diagnostic.
std::vector<std::string> describe(const load::LoadResult& loaded) {
  std::vector<std::string> out;
  for (const auto& treaty : loaded.treaties) {
    out.push_back(fmt::format("{}", fmt::join(testing::field_texts(treaty), "; ")));
  }
  for (const auto& event : loaded.events) {
    out.push_back(fmt::format("{}", fmt::join(testing::field_texts(event), "; ")));
  }
  for (const auto& diagnostic : loaded.diagnostics.all()) {
    out.push_back(diagnostic.text());
  }
  return out;
}

TEST(BuiltinData, WhatWasLoadedAtBuildTimeIsWhatLoadingTheFilesGives) {
  const auto day = [](const char* text) { return model::PartialDate::parse(text)->first_day(); };
  const std::vector<std::optional<model::DayWindow>> windows{
      std::nullopt,
      model::DayWindow{},
      model::DayWindow{day("2020-01-01"), date::sys_days::max()},
      model::DayWindow{date::sys_days::min(), day("2020-09-15")},
      model::DayWindow{day("2020-09-15"), day("2020-09-15")},
      model::DayWindow{day("2021-03-01"), day("2020-06-01")},     // from after to: events covering both
      model::DayWindow{day("2100-01-01"), date::sys_days::max()}, // none
  };
  for (const auto& window : windows) {
    const auto from_files = testing::load_sources(load::builtin_sources(), nullptr, window);
    const auto built = load::load_builtin(window);
    EXPECT_EQ(describe(built), describe(from_files));
    EXPECT_TRUE(built.diagnostics.all().empty());
    if (!window) {
      EXPECT_GT(built.events.size(), 50U);
    }
  }
}

TEST(BuiltinData, EveryEventHasASource) {
  const auto timeline = builtin_timeline();
  for (const auto& e : timeline.events()) {
    EXPECT_FALSE(e.sources.empty()) << e.id;
  }
}

TEST(BuiltinData, TheUnitedStatesIsNeverAPartyOfTheAccords) {
  const auto timeline = builtin_timeline();
  for (const auto& e : timeline.events()) {
    if (e.treaty == "abraham-accords") {
      EXPECT_EQ(std::count(e.parties.begin(), e.parties.end(), "US"), 0) << e.id;
    }
  }
}

TEST(BuiltinData, KeyDatesFollowTheSources) {
  const auto timeline = builtin_timeline();
  const auto first_of = [&](model::EventType type, const char* party) -> std::string {
    for (const auto& e : timeline.events()) {
      if (e.treaty == "abraham-accords" && e.type == type &&
          std::find(e.parties.begin(), e.parties.end(), party) != e.parties.end()) {
        return e.date.text();
      }
    }
    return "none";
  };
  using model::EventType;
  EXPECT_EQ(first_of(EventType::announcement, "AE"), "2020-08-13");
  EXPECT_EQ(first_of(EventType::announcement, "BH"), "2020-09-11");
  EXPECT_EQ(first_of(EventType::signing, "AE"), "2020-09-15");
  EXPECT_EQ(first_of(EventType::signing, "BH"), "2020-09-15");
  EXPECT_EQ(first_of(EventType::announcement, "SD"), "2020-10-23");
  EXPECT_EQ(first_of(EventType::announcement, "MA"), "2020-12-10");
  EXPECT_EQ(first_of(EventType::signing, "MA"), "2020-12-22");
  EXPECT_EQ(first_of(EventType::signing, "SD"), "2021-01-06");
  EXPECT_EQ(first_of(EventType::announcement, "KZ"), "2025-11-06");
  EXPECT_EQ(first_of(EventType::signing, "KZ"), "none"); // no signing ceremony is sourced
  EXPECT_EQ(event(timeline, "ilkz-1992-04-10-diplomatic-relations").date.text(), "1992-04-10");
}

TEST(BuiltinData, NegevSummitSpansTwoDays) {
  const auto timeline = builtin_timeline();
  const auto summit = std::find_if(timeline.events().begin(), timeline.events().end(), [](const model::Event& e) {
    return e.type == model::EventType::summit && e.date.text() == "2022-03-27";
  });
  ASSERT_NE(summit, timeline.events().end());
  ASSERT_TRUE(summit->end.has_value());
  EXPECT_EQ(summit->end->text(), "2022-03-28");
}

TEST(BuiltinData, MembershipOnFirstOfMarch2021) {
  const std::map<std::string, std::string> expected{
      {"AE", "party"}, {"BH", "party"}, {"IL", "party"}, {"MA", "party"}, {"SD", "party"}};
  auto actual = statuses(builtin_timeline(), "2021-03-01");
  std::erase_if(actual, [](const auto& entry) { return entry.second == "candidate" || entry.second == "declined"; });
  EXPECT_EQ(actual, expected);
}

TEST(BuiltinData, MembershipStepsThrough2020) {
  const auto timeline = builtin_timeline();
  EXPECT_EQ(statuses(timeline, "2020-08-12").count("AE"), 0U);
  EXPECT_EQ(statuses(timeline, "2020-08-13").at("AE"), "announced");
  EXPECT_EQ(statuses(timeline, "2020-09-14").at("BH"), "announced");
  EXPECT_EQ(statuses(timeline, "2020-09-15").at("BH"), "party");
  EXPECT_EQ(statuses(timeline, "2020-12-21").at("MA"), "announced");
  EXPECT_EQ(statuses(timeline, "2020-12-22").at("MA"), "party");
  EXPECT_EQ(statuses(timeline, "2026-11-26").at("KZ"), "announced");
  EXPECT_EQ(statuses(timeline, "2026-11-26").at("BH"), "party"); // the 2023 downgrade is no withdrawal
}

// "PARTY status since" for every party of the Abraham Accords as of `day`, in code order.
std::vector<std::string> members_on(const engine::Timeline& timeline, const char* day) {
  std::vector<std::string> out;
  const auto as_of = model::PartialDate::parse(day)->first_day();
  for (const auto& membership : engine::memberships_as_of(timeline, "abraham-accords", as_of)) {
    out.push_back(
        fmt::format("{} {} {}", membership.party, model::status_name(membership.status), membership.since_date.text()));
  }
  return out;
}

// The historically right members on each day the data audit checked (its table (b), with its
// corrections): the declarations and signings, the reports that make candidates, and the
// rejections and peace treaties that keep states from being left as candidates.
TEST(BuiltinData, MembersOnTheAuditedDays) {
  using Lines = std::vector<std::string>;
  const auto timeline = builtin_timeline();
  const Lines parties_2020{"AE party 2020-09-15", "BH party 2020-09-15", "IL party 2020-09-15"};
  EXPECT_EQ(members_on(timeline, "2020-09-14"),
            (Lines{"AE announced 2020-08-13", "BH announced 2020-09-11", "IL announced 2020-08-13"}));
  EXPECT_EQ(members_on(timeline, "2020-09-16"), parties_2020);
  EXPECT_EQ(
      members_on(timeline, "2020-12-31"),
      (Lines{"AE party 2020-09-15", "BH party 2020-09-15", "ID candidate 2020-12-13", "IL party 2020-09-15",
             "MA party 2020-12-22", "OM candidate 2020-10-24", "SD announced 2020-10-23", "TN declined 2020-12-22"}));
  EXPECT_EQ(members_on(timeline, "2021-01-07"),
            (Lines{"AE party 2020-09-15", "BH party 2020-09-15", "ID candidate 2020-12-13", "IL party 2020-09-15",
                   "MA party 2020-12-22", "OM candidate 2020-10-24", "SD party 2021-01-06", "TN declined 2020-12-22"}));
  const Lines before_kazakhstan{"AE party 2020-09-15",     "AZ candidate 2025-08-01", "BD declined 2025-04-07",
                                "BH party 2020-09-15",     "ID candidate 2020-12-13", "IL party 2020-09-15",
                                "KZ candidate 2025-08-01", "LB candidate 2025-06-29", "LY declined 2023-08-27",
                                "MA party 2020-12-22",     "MY candidate 2024-11-19", "OM declined 2022-05-28",
                                "PK declined 2025-06-27",  "SA candidate 2023-09-20", "SD party 2021-01-06",
                                "SY candidate 2025-05-14", "TN declined 2020-12-22"};
  EXPECT_EQ(members_on(timeline, "2025-11-05"), before_kazakhstan);
  auto after_kazakhstan = before_kazakhstan;
  after_kazakhstan[6] = "KZ announced 2025-11-06";
  EXPECT_EQ(members_on(timeline, "2025-11-08"), after_kazakhstan);
  EXPECT_EQ(members_on(timeline, "2026-12-02"),
            (Lines{"AE party 2020-09-15",     "AZ candidate 2025-08-01", "BD declined 2025-04-07",
                   "BH party 2020-09-15",     "ID candidate 2020-12-13", "IL party 2020-09-15",
                   "KZ announced 2025-11-06", "LB candidate 2025-06-29", "LY declined 2023-08-27",
                   "MA party 2020-12-22",     "MY candidate 2024-11-19", "OM declined 2022-05-28",
                   "PK declined 2025-06-27",  "QA candidate 2026-05-25", "SA candidate 2023-09-20",
                   "SD party 2021-01-06",     "SY candidate 2025-05-14", "TN declined 2020-12-22",
                   "TR candidate 2026-05-25", "XS candidate 2025-12-26"}));
}

TEST(BuiltinData, CheckFindsNothingToWarnOf) {
  auto loaded = testing::load_sources(load::builtin_sources());
  load::lint(loaded);
  std::vector<std::string> problems;
  for (const auto& diagnostic : loaded.diagnostics.all()) {
    problems.push_back(diagnostic.text());
  }
  EXPECT_EQ(problems, std::vector<std::string>{});
}

TEST(BuiltinData, EverySourceIsAFullWebAddressOrACitationWithoutAnEllipsis) {
  const auto timeline = builtin_timeline();
  std::size_t sources = 0;
  for (const auto& e : timeline.events()) {
    EXPECT_FALSE(e.sources.empty()) << e.id;
    for (const auto& source : e.sources) {
      ++sources;
      EXPECT_EQ(source.find("\u2026"), std::string_view::npos) << e.id << ": " << source;
      EXPECT_EQ(source.find("..."), std::string_view::npos) << e.id << ": " << source;
      EXPECT_TRUE(model::is_web_address(source) || model::is_citation(source)) << e.id << ": " << source;
    }
  }
  EXPECT_GT(sources, 150U);
}

TEST(BuiltinData, NotesCorrectTheMisreportedDates) {
  const auto timeline = builtin_timeline();
  const auto& signing = event(timeline, "aa-2020-09-15-white-house-signing");
  ASSERT_TRUE(signing.notes.has_value());
  EXPECT_TRUE(util::icontains(*signing.notes, "April 2020"));
  int morocco_notes = 0;
  for (const auto& e : timeline.events()) {
    if (std::count(e.parties.begin(), e.parties.end(), "MA") > 0 && e.notes &&
        util::icontains(*e.notes, "November 2020")) {
      ++morocco_notes;
    }
  }
  EXPECT_GE(morocco_notes, 2); // the announcement and the Rabat signing
}

TEST(BuiltinData, NothingUnconfirmedIsShippedAsAFact) {
  const auto timeline = builtin_timeline();
  for (const auto& e : timeline.events()) {
    EXPECT_FALSE(util::icontains(e.title, "unconfirmed")) << e.id;
    EXPECT_EQ(std::count(e.tags.begin(), e.tags.end(), "low-confidence"), 0) << e.id;
    // No page but Wikipedia gives a day for the Israel–UAE treaty's entry into force.
    EXPECT_NE(e.type, model::EventType::entry_into_force) << e.id;
  }
  // The Dubai consulate's inauguration of 2021-06-30 has post-event accounts.
  const auto& dubai = event(timeline, "aa-2021-06-30-israel-consulate-dubai-inaugurated");
  EXPECT_TRUE(std::any_of(dubai.sources.begin(), dubai.sources.end(), [](std::string_view source) {
    return source.starts_with("https://www.timesofisrael.com/lapid-inaugurates-dubai-consulate");
  }));
}

} // namespace
} // namespace accords
