// engine/timeline: the total order of events and the look-ups.
#include "engine/timeline.hpp"

#include "test_events.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace accords::engine {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::ids_of;
using testing::make_event;
using testing::make_treaty;
using Ids = std::vector<std::string>;

model::Event at(std::string id, std::string_view date, std::string treaty, std::size_t load_index,
                std::optional<std::string> end = std::nullopt) {
  EventExtras extras;
  extras.treaty = std::move(treaty);
  extras.load_index = load_index;
  extras.end = std::move(end);
  return make_event(std::move(id), date, EventType::other, {"IL"}, extras);
}

TEST(TimelineBefore, ByFirstDay) {
  const auto early = at("early", "2020-09-15", "zzz", 9);
  const auto late = at("late", "2020-09-16", "aaa", 0);
  EXPECT_TRUE(timeline_before(early, late));
  EXPECT_FALSE(timeline_before(late, early));
}

TEST(TimelineBefore, FirstDayOnlyNotTheEnd) {
  const auto long_event = at("long", "2020-09-01", "b", 1, "2020-12-31");
  const auto short_event = at("short", "2020-09-02", "a", 0);
  EXPECT_TRUE(timeline_before(long_event, short_event));
  const auto same_start_long = at("same-long", "2020-09-01", "b", 1, "2021-01-31");
  const auto same_start_short = at("same-short", "2020-09-01", "b", 2);
  EXPECT_TRUE(timeline_before(same_start_long, same_start_short)) << "the end plays no part; load order decides";
}

TEST(TimelineBefore, CoarserPrecisionFirstOnTheSameFirstDay) {
  const auto year = at("year", "2020", "z", 9);
  const auto month = at("month", "2020-01", "m", 5);
  const auto day = at("day", "2020-01-01", "a", 0);
  EXPECT_TRUE(timeline_before(year, month));
  EXPECT_TRUE(timeline_before(month, day));
  EXPECT_TRUE(timeline_before(year, day));
  EXPECT_FALSE(timeline_before(day, year));
  EXPECT_FALSE(timeline_before(month, year));
  EXPECT_FALSE(timeline_before(day, month));
}

TEST(TimelineBefore, PrecisionOnlyBreaksTiesOfTheFirstDay) {
  // 2020-09 starts before 2020-09-15 but a year that starts later comes after the day.
  EXPECT_TRUE(timeline_before(at("month", "2020-09", "z", 1), at("day", "2020-09-15", "a", 0)));
  EXPECT_TRUE(timeline_before(at("day", "2020-12-31", "z", 1), at("year", "2021", "a", 0)));
}

TEST(TimelineBefore, ThenTreatyId) {
  const auto a = at("x", "2020-09-15", "abraham-accords", 7);
  const auto b = at("y", "2020-09-15", "camp-david", 3);
  EXPECT_TRUE(timeline_before(a, b));
  EXPECT_FALSE(timeline_before(b, a));
}

TEST(TimelineBefore, ThenLoadIndex) {
  const auto first = at("z-first", "2020-09-15", "t", 1);
  const auto second = at("a-second", "2020-09-15", "t", 2);
  EXPECT_TRUE(timeline_before(first, second));
  EXPECT_FALSE(timeline_before(second, first));
}

TEST(TimelineBefore, IsIrreflexive) {
  const auto event = at("x", "2020-09-15", "t", 1);
  EXPECT_FALSE(timeline_before(event, event));
}

std::vector<model::Event> mixed_events() {
  return {
      at("d-2020-01-01-b", "2020-01-01", "b", 0),
      at("d-2021", "2021", "a", 1),
      at("d-2020-01", "2020-01", "b", 2),
      at("d-2020", "2020", "b", 3),
      at("d-2020-01-01-a", "2020-01-01", "a", 4),
      at("d-2019-12-31", "2019-12-31", "z", 5, "2020-02-01"),
      at("d-2020-01-01-b-again", "2020-01-01", "b", 6),
      at("d-2020-01-02", "2020-01-02", "a", 7),
      at("d-2020-02", "2020-02", "a", 8),
  };
}

const Ids mixed_order{"d-2019-12-31",         "d-2020",       "d-2020-01", "d-2020-01-01-a", "d-2020-01-01-b",
                      "d-2020-01-01-b-again", "d-2020-01-02", "d-2020-02", "d-2021"};

TEST(Timeline, SortsIntoTheTotalOrder) {
  const Timeline timeline({make_treaty("a", "A"), make_treaty("b", "B")}, testing::deque_of(mixed_events()), {});
  EXPECT_EQ(ids_of(timeline.events()), mixed_order);
}

TEST(Timeline, OrderDoesNotDependOnTheInputOrder) {
  auto events = mixed_events();
  std::mt19937 random(42);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(events.begin(), events.end(), random);
    const Timeline timeline({}, testing::deque_of(events), {});
    ASSERT_EQ(ids_of(timeline.events()), mixed_order) << "round " << round;
  }
}

TEST(Timeline, SortsAsTimelineBeforeSays) {
  // The constructor sorts by keys of its own; on many random events its order must be the
  // order timeline_before defines, so the two can never drift apart.
  std::mt19937 random(1917);
  const std::vector<std::string> treaties{"ab", "a", "b", "a-b", "1st", "zz"};
  std::vector<model::Event> events;
  for (std::size_t index = 0; index < 3000; ++index) {
    const auto year = 2018 + static_cast<int>(random() % 3);
    const auto month = 1 + static_cast<int>(random() % 2);
    const auto day = 1 + static_cast<int>(random() % 2);
    const auto precision = random() % 3;
    const auto date = precision == 0   ? fmt::format("{}", year)
                      : precision == 1 ? fmt::format("{}-{:02}", year, month)
                                       : fmt::format("{}-{:02}-{:02}", year, month, day);
    events.push_back(at("e" + std::to_string(index), date, treaties[random() % treaties.size()], index));
  }
  std::shuffle(events.begin(), events.end(), random);
  auto expected = events;
  std::sort(expected.begin(), expected.end(), timeline_before);
  const Timeline timeline({}, testing::deque_of(events), {});
  EXPECT_EQ(ids_of(timeline.events()), ids_of(expected));
}

TEST(Timeline, EqualKeysKeepLoadOrder) {
  // Twenty events that differ only in load index, given in reverse: sorted by load index.
  std::vector<model::Event> events;
  for (std::size_t i = 20; i-- > 0;) {
    events.push_back(at("e" + std::to_string(i), "2020-09-15", "t", i));
  }
  const Timeline timeline({}, testing::deque_of(events), {});
  ASSERT_EQ(timeline.events().size(), 20U);
  for (std::size_t i = 0; i < 20; ++i) {
    EXPECT_EQ(timeline.events()[i].id, "e" + std::to_string(i));
    EXPECT_EQ(timeline.events()[i].load_index, i);
  }
}

TEST(Timeline, TreatyIdsCompareBytewise) {
  const Timeline timeline({},
                          {at("lower", "2020", "abc", 0), at("digit", "2020", "1st", 1), at("dash", "2020", "ab-c", 2),
                           at("prefix", "2020", "ab", 3)},
                          {});
  EXPECT_EQ(ids_of(timeline.events()), (Ids{"digit", "prefix", "dash", "lower"}));
}

TEST(Timeline, KeepsTreatiesInLoadOrder) {
  const Timeline timeline({make_treaty("zeta", "Z"), make_treaty("alpha", "A")}, {}, {});
  ASSERT_EQ(timeline.treaties().size(), 2U);
  EXPECT_EQ(timeline.treaties()[0].id, "zeta");
  EXPECT_EQ(timeline.treaties()[1].id, "alpha");
  EXPECT_TRUE(timeline.events().empty());
}

TEST(TimelineFindTreaty, ByIdOrAliasInAnyCase) {
  const Timeline timeline({make_treaty("abraham-accords", "Abraham Accords", {"abraham", "AA"}),
                           make_treaty("camp-david", "Camp David Accords", {"cda"})},
                          {}, {});
  const auto name_of = [&](std::string_view query) -> std::string {
    const auto* treaty = timeline.find_treaty(query);
    return treaty != nullptr ? treaty->id : "none";
  };
  EXPECT_EQ(name_of("abraham-accords"), "abraham-accords");
  EXPECT_EQ(name_of("ABRAHAM-Accords"), "abraham-accords");
  EXPECT_EQ(name_of("abraham"), "abraham-accords");
  EXPECT_EQ(name_of("Abraham"), "abraham-accords");
  EXPECT_EQ(name_of("aa"), "abraham-accords");
  EXPECT_EQ(name_of("camp-david"), "camp-david");
  EXPECT_EQ(name_of("CDA"), "camp-david");
  EXPECT_EQ(name_of("Camp David Accords"), "none") << "the name is not an alias";
  EXPECT_EQ(name_of("abraham-accord"), "none");
  EXPECT_EQ(name_of("camp"), "none");
  EXPECT_EQ(name_of(""), "none");
}

TEST(TimelineFindTreaty, ReturnsTheStoredTreaty) {
  const Timeline timeline({make_treaty("a", "A"), make_treaty("b", "B", {"bee"})}, {}, {});
  EXPECT_EQ(timeline.find_treaty("bee"), &timeline.treaties()[1]);
  EXPECT_EQ(timeline.find_treaty("A"), &timeline.treaties()[0]);
}

TEST(TimelineFindEvent, ByExactId) {
  const Timeline timeline({}, testing::deque_of(mixed_events()), {});
  const auto* event = timeline.find_event("d-2020-01");
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(event->id, "d-2020-01");
  EXPECT_EQ(event->date.text(), "2020-01");
  EXPECT_EQ(event, &timeline.events()[2]) << "a pointer into the sorted events";
  EXPECT_EQ(timeline.find_event("D-2020-01"), nullptr) << "ids are lower case; look-up is exact";
  EXPECT_EQ(timeline.find_event("d-2020-0"), nullptr);
  EXPECT_EQ(timeline.find_event("missing"), nullptr);
  EXPECT_EQ(timeline.find_event(""), nullptr);
}

} // namespace
} // namespace accords::engine
