// The built-in timelines: they load cleanly and say what the sourced fact base says.
#include "engine/membership.hpp"
#include "engine/timeline.hpp"
#include "field_texts.hpp"
#include "load/builtin.hpp"
#include "load_sources.hpp"
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
  EXPECT_EQ(loaded.treaties.size(), 2U);
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
  std::erase_if(actual, [](const auto& entry) { return entry.second == "candidate"; });
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
  }
  // The Dubai consulate dedication of 2021-06-30 rests on a pre-event report only.
  EXPECT_TRUE(std::none_of(timeline.events().begin(), timeline.events().end(),
                           [](const model::Event& e) { return e.date.text() == "2021-06-30"; }));
}

} // namespace
} // namespace accords
