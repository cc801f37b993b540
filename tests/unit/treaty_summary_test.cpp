// engine/treaty_summary: each loaded treaty's event count, first and last events and parties.
#include "engine/treaty_summary.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::engine {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;
using testing::make_treaty;

EventExtras of_treaty(std::string treaty, std::vector<std::string> mediators = {}) {
  EventExtras extras;
  extras.treaty = std::move(treaty);
  extras.mediators = std::move(mediators);
  return extras;
}

// "id events first last parties" for every summary, in the order returned.
std::vector<std::string> describe(const std::vector<TreatySummary>& summaries) {
  std::vector<std::string> out;
  for (const auto& summary : summaries) {
    out.push_back(summary.treaty->id + " " + std::to_string(summary.events) + " " +
                  (summary.first != nullptr ? std::string(summary.first->id) : "-") + " " +
                  (summary.last != nullptr ? std::string(summary.last->id) : "-") + " " +
                  std::to_string(summary.parties));
  }
  return out;
}

Timeline timeline_of(std::vector<model::Treaty> treaties, std::vector<model::Event> events) {
  for (std::size_t i = 0; i < events.size(); ++i) {
    events[i].load_index = i;
  }
  return Timeline(std::move(treaties), testing::deque_of(events), {});
}

TEST(TreatySummary, CountsFirstAndLastInTimelineOrderNotLoadOrder) {
  const auto timeline = timeline_of({make_treaty("accords", "Accords")},
                                    {make_event("late", "2021-01-06", EventType::signing, {"SD"}),
                                     make_event("early", "2020-08-13", EventType::announcement, {"IL", "AE"}),
                                     make_event("middle", "2020-09", EventType::report, {"OM"})});
  EXPECT_EQ(describe(summarize_treaties(timeline)), (std::vector<std::string>{"accords 3 early late 4"}));
}

TEST(TreatySummary, CountsDistinctPartiesButNotMediators) {
  const auto timeline = timeline_of(
      {make_treaty("accords", "Accords")},
      {make_event("a", "2020-08-13", EventType::announcement, {"IL", "AE"}, of_treaty("accords", {"US"})),
       make_event("b", "2020-09-15", EventType::signing, {"IL", "AE", "BH"}, of_treaty("accords", {"US"}))});
  EXPECT_EQ(summarize_treaties(timeline).front().parties, 3U);
}

TEST(TreatySummary, TreatyWithoutEventsHasZeroAndNoDates) {
  const auto timeline = timeline_of({make_treaty("accords", "Accords"), make_treaty("empty", "Empty")},
                                    {make_event("a", "2020", EventType::report, {"OM"})});
  const auto summaries = summarize_treaties(timeline);
  ASSERT_EQ(summaries.size(), 2U);
  EXPECT_EQ(describe(summaries), (std::vector<std::string>{"accords 1 a a 1", "empty 0 - - 0"}));
}

TEST(TreatySummary, TreatiesInLoadOrderEachWithItsOwnEvents) {
  const auto timeline =
      timeline_of({make_treaty("zeta", "Zeta"), make_treaty("alpha", "Alpha")},
                  {make_event("a1", "2001", EventType::signing, {"NO"}, of_treaty("alpha")),
                   make_event("z1", "1999-06-14", EventType::signing, {"DK", "SE"}, of_treaty("zeta")),
                   make_event("a2", "2003-05", EventType::accession, {"NO", "IS"}, of_treaty("alpha")),
                   make_event("z2", "2024-03", EventType::agreement, {"DE"}, of_treaty("zeta"))});
  EXPECT_EQ(describe(summarize_treaties(timeline)), (std::vector<std::string>{"zeta 2 z1 z2 3", "alpha 2 a1 a2 2"}));
}

TEST(TreatySummary, SameDayKeepsTheTimelineTieBreakForFirstAndLast) {
  // A year sorts before a day of that year, so "year" is first though it was loaded last.
  const auto timeline =
      timeline_of({make_treaty("accords", "Accords")}, {make_event("day", "2020-01-01", EventType::signing, {"IL"}),
                                                        make_event("year", "2020", EventType::report, {"IL"})});
  const auto summary = summarize_treaties(timeline).front();
  EXPECT_EQ(summary.first->id, "year");
  EXPECT_EQ(summary.last->id, "day");
}

TEST(TreatySummary, NoTreatiesGiveNoSummaries) {
  const Timeline timeline({}, {}, {});
  EXPECT_TRUE(summarize_treaties(timeline).empty());
}

} // namespace
} // namespace accords::engine
