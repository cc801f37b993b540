// engine/filter: --since, --until, --on and the other filters of cli.md.
#include "engine/filter.hpp"

#include "test_events.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace accords::engine {
namespace {

using model::EventType;
using testing::date_of;
using testing::EventExtras;
using testing::ids_of;
using testing::make_event;
using testing::make_timeline;
using Ids = std::vector<std::string>;

// An event of day, month or year precision, or a multi-day event when `end` is given.
model::Event dated(std::string id, std::string_view date, std::optional<std::string> end = std::nullopt) {
  EventExtras extras;
  extras.end = std::move(end);
  return make_event(std::move(id), date, EventType::signing, {"IL", "AE"}, extras);
}

Filter since(std::string_view date) {
  Filter filter;
  filter.since = date_of(date);
  return filter;
}

Filter until(std::string_view date) {
  Filter filter;
  filter.until = date_of(date);
  return filter;
}

Filter on(std::string_view date) {
  Filter filter;
  filter.on = date_of(date);
  return filter;
}

TEST(FilterDefault, MatchesEverything) {
  const Filter filter;
  EXPECT_TRUE(filter.matches(dated("a", "2020-09-15")));
  EXPECT_TRUE(filter.matches(dated("b", "0001")));
  EXPECT_TRUE(filter.matches(dated("c", "9999-12", "9999-12-31")));
}

TEST(FilterSince, DayEvents) {
  EXPECT_TRUE(since("2020-09-15").matches(dated("a", "2020-09-15")));
  EXPECT_TRUE(since("2020-09-15").matches(dated("a", "2020-09-16")));
  EXPECT_FALSE(since("2020-09-15").matches(dated("a", "2020-09-14")));
}

TEST(FilterSince, UsesTheFirstDayOfACoarseDate) {
  EXPECT_TRUE(since("2020").matches(dated("a", "2020-01-01")));
  EXPECT_FALSE(since("2020").matches(dated("a", "2019-12-31")));
  EXPECT_TRUE(since("2020-09").matches(dated("a", "2020-09-01")));
  EXPECT_FALSE(since("2020-09").matches(dated("a", "2020-08-31")));
}

TEST(FilterSince, KeepsEventsWhoseIntervalEndsOnOrAfter) {
  EXPECT_TRUE(since("2020-09-16").matches(dated("month", "2020-09")));
  EXPECT_TRUE(since("2020-09-30").matches(dated("month", "2020-09")));
  EXPECT_FALSE(since("2020-10-01").matches(dated("month", "2020-09")));
  EXPECT_TRUE(since("2020-12-31").matches(dated("year", "2020")));
  EXPECT_FALSE(since("2021-01-01").matches(dated("year", "2020")));
  EXPECT_FALSE(since("2021").matches(dated("year", "2020")));
  EXPECT_TRUE(since("2020-09-16").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_TRUE(since("2020-09-20").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_FALSE(since("2020-09-21").matches(dated("span", "2020-09-10", "2020-09-20")));
}

TEST(FilterSince, AnEndOfMonthPrecisionCoversTheWholeMonth) {
  EXPECT_TRUE(since("2020-10-31").matches(dated("span", "2020-09-10", "2020-10")));
  EXPECT_FALSE(since("2020-11-01").matches(dated("span", "2020-09-10", "2020-10")));
}

TEST(FilterUntil, DayEvents) {
  EXPECT_TRUE(until("2020-09-15").matches(dated("a", "2020-09-15")));
  EXPECT_TRUE(until("2020-09-15").matches(dated("a", "2020-09-14")));
  EXPECT_FALSE(until("2020-09-15").matches(dated("a", "2020-09-16")));
}

TEST(FilterUntil, UsesTheLastDayOfACoarseDate) {
  EXPECT_TRUE(until("2020").matches(dated("a", "2020-12-31")));
  EXPECT_FALSE(until("2020").matches(dated("a", "2021-01-01")));
  EXPECT_TRUE(until("2020").matches(dated("year", "2020")));
  EXPECT_TRUE(until("2020").matches(dated("month", "2020-12")));
  EXPECT_TRUE(until("2020-02").matches(dated("a", "2020-02-29")));
  EXPECT_FALSE(until("2020-02").matches(dated("a", "2020-03-01")));
}

TEST(FilterUntil, KeepsEventsWhoseIntervalStartsOnOrBefore) {
  EXPECT_TRUE(until("2020-01-01").matches(dated("year", "2020")));
  EXPECT_FALSE(until("2019-12-31").matches(dated("year", "2020")));
  EXPECT_TRUE(until("2020-09-01").matches(dated("month", "2020-09")));
  EXPECT_FALSE(until("2020-08-31").matches(dated("month", "2020-09")));
  EXPECT_TRUE(until("2020-09-10").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_FALSE(until("2020-09-09").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_TRUE(until("2020-08").matches(dated("span", "2020-08-31", "2021-01-01")));
}

TEST(FilterOn, DayEvents) {
  EXPECT_TRUE(on("2020-09-15").matches(dated("a", "2020-09-15")));
  EXPECT_FALSE(on("2020-09-15").matches(dated("a", "2020-09-16")));
  EXPECT_FALSE(on("2020-09-15").matches(dated("a", "2020-09-14")));
  EXPECT_TRUE(on("2020-09").matches(dated("a", "2020-09-30")));
  EXPECT_FALSE(on("2020-09").matches(dated("a", "2020-10-01")));
  EXPECT_TRUE(on("2020").matches(dated("a", "2020-01-01")));
  EXPECT_FALSE(on("2020").matches(dated("a", "2019-12-31")));
}

TEST(FilterOn, KeepsEventsThatOverlap) {
  EXPECT_TRUE(on("2020-09-15").matches(dated("month", "2020-09")));
  EXPECT_TRUE(on("2020-09-15").matches(dated("year", "2020")));
  EXPECT_TRUE(on("2020").matches(dated("month", "2020-09")));
  EXPECT_TRUE(on("2020-09").matches(dated("year", "2020")));
  EXPECT_FALSE(on("2021-01").matches(dated("year", "2020")));
  EXPECT_TRUE(on("2020-09-20").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_TRUE(on("2020-09-10").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_FALSE(on("2020-09-21").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_FALSE(on("2020-09-09").matches(dated("span", "2020-09-10", "2020-09-20")));
  EXPECT_TRUE(on("2021").matches(dated("span", "2020-12-31", "2021-01-01")));
  EXPECT_TRUE(on("2020-10").matches(dated("span", "2020-09-30", "2020-11-01")));
}

TEST(FilterDates, SinceAndUntilTogether) {
  Filter filter;
  filter.since = date_of("2020-09");
  filter.until = date_of("2020-09");
  EXPECT_TRUE(filter.matches(dated("a", "2020-09-01")));
  EXPECT_TRUE(filter.matches(dated("b", "2020-09-30")));
  EXPECT_TRUE(filter.matches(dated("year", "2020")));
  EXPECT_TRUE(filter.matches(dated("span", "2020-08-01", "2020-09-01")));
  EXPECT_FALSE(filter.matches(dated("c", "2020-08-31")));
  EXPECT_FALSE(filter.matches(dated("d", "2020-10-01")));
  EXPECT_FALSE(filter.matches(dated("span-before", "2020-08-01", "2020-08-31")));
}

TEST(FilterCountries, MatchPartiesOrMediators) {
  EventExtras extras;
  extras.mediators = {"US"};
  const auto event = make_event("a", "2020-09-15", EventType::signing, {"IL", "AE"}, extras);
  Filter filter;
  filter.countries = {"AE"};
  EXPECT_TRUE(filter.matches(event));
  filter.countries = {"US"};
  EXPECT_TRUE(filter.matches(event)) << "a mediator";
  filter.countries = {"BH"};
  EXPECT_FALSE(filter.matches(event));
  filter.countries = {"BH", "MA", "IL"};
  EXPECT_TRUE(filter.matches(event)) << "any of them";
  filter.countries = {"il"};
  EXPECT_FALSE(filter.matches(event)) << "codes are resolved to upper case before filtering";
}

TEST(FilterCountries, AJointGroupNeedsEveryCodeOfIt) {
  EventExtras extras;
  extras.mediators = {"US"};
  const auto event = make_event("a", "2020-09-15", EventType::signing, {"IL", "AE"}, extras);
  Filter filter;
  filter.joint_countries = {{"IL", "AE"}};
  EXPECT_TRUE(filter.matches(event));
  filter.joint_countries = {{"AE", "US"}};
  EXPECT_TRUE(filter.matches(event)) << "a party and a mediator";
  filter.joint_countries = {{"IL", "BH"}};
  EXPECT_FALSE(filter.matches(event)) << "only one of them";
  filter.joint_countries = {{"IL", "BH"}, {"MA", "AE"}};
  EXPECT_FALSE(filter.matches(event)) << "one of each group is not enough";
  filter.joint_countries = {{"IL", "BH"}, {"AE", "IL"}};
  EXPECT_TRUE(filter.matches(event)) << "any group";
}

TEST(FilterCountries, AloneOrJointEitherPasses) {
  const auto event = make_event("a", "2020-09-15", EventType::signing, {"IL", "AE"});
  Filter filter;
  filter.countries = {"MA"};
  filter.joint_countries = {{"IL", "AE"}};
  EXPECT_TRUE(filter.matches(event)) << "-c MA -c IL+AE: the group";
  filter.countries = {"AE"};
  filter.joint_countries = {{"IL", "BH"}};
  EXPECT_TRUE(filter.matches(event)) << "-c AE -c IL+BH: the code alone";
  filter.countries = {"MA"};
  EXPECT_FALSE(filter.matches(event)) << "-c MA -c IL+BH: neither";
}

TEST(FilterTypes, AnyOf) {
  const auto signing = make_event("a", "2020", EventType::signing, {"IL"});
  Filter filter;
  filter.types = {EventType::report, EventType::announcement};
  EXPECT_FALSE(filter.matches(signing));
  filter.types = {EventType::report, EventType::signing};
  EXPECT_TRUE(filter.matches(signing));
  filter.types = {EventType::ratification};
  EXPECT_FALSE(filter.matches(signing));
}

TEST(FilterTreaties, AnyOf) {
  EventExtras extras;
  extras.treaty = "abraham-accords";
  const auto event = make_event("a", "2020", EventType::signing, {"IL"}, extras);
  Filter filter;
  filter.treaties = {"camp-david"};
  EXPECT_FALSE(filter.matches(event));
  filter.treaties = {"camp-david", "abraham-accords"};
  EXPECT_TRUE(filter.matches(event));
  filter.treaties = {"abraham"};
  EXPECT_FALSE(filter.matches(event)) << "ids are compared whole";
}

TEST(FilterTags, AnyOf) {
  auto event = make_event("a", "2020", EventType::signing, {"IL"});
  event.tags = testing::kept_list({"gulf", "normalization"});
  Filter filter;
  filter.tags = {"africa"};
  EXPECT_FALSE(filter.matches(event));
  filter.tags = {"africa", "normalization"};
  EXPECT_TRUE(filter.matches(event));
  filter.tags = {"normal"};
  EXPECT_FALSE(filter.matches(event)) << "tags are compared whole";
  event.tags = {};
  filter.tags = {"gulf"};
  EXPECT_FALSE(filter.matches(event)) << "an event without tags";
}

model::Event described() {
  auto event = make_event("a", "2020-09-15", EventType::signing, {"IL", "AE"});
  event.title = "Signing at the White House";
  event.notes = "Witnessed by the\nUS President.";
  event.place = "Washington, D.C.";
  event.sources = testing::kept_list({"https://example.org/needle"});
  event.tags = testing::kept_list({"needle-tag"});
  return event;
}

Filter grep(std::string text) {
  Filter filter;
  filter.grep = std::move(text);
  return filter;
}

TEST(FilterGrep, TitleNotesAndPlaceIgnoringCase) {
  const auto event = described();
  EXPECT_TRUE(grep("white house").matches(event));
  EXPECT_TRUE(grep("SIGNING AT").matches(event));
  EXPECT_TRUE(grep("us president").matches(event));
  EXPECT_TRUE(grep("the\nUS").matches(event)) << "notes may span lines";
  EXPECT_TRUE(grep("washington, d.c.").matches(event));
  EXPECT_FALSE(grep("jerusalem").matches(event));
}

TEST(FilterGrep, IgnoresUnicodeCase) {
  auto event = make_event("a", "2020", EventType::signing, {"AX"});
  event.title = "\xC3\x85land ministers meet"; // Åland
  event.place = "Caf\xC3\xA9 \xC3\x9C";        // Café Ü
  EXPECT_TRUE(grep("\xC3\x85LAND").matches(event));
  EXPECT_TRUE(grep("\xC3\xA5land").matches(event)); // åland
  EXPECT_TRUE(grep("CAF\xC3\x89").matches(event));  // CAFÉ
  EXPECT_TRUE(grep("\xC3\xBC").matches(event));     // ü
  EXPECT_FALSE(grep("aland").matches(event)) << "letters keep their accents";
}

TEST(FilterGrep, ComposedAndDecomposedAccentsMatch) {
  auto event = make_event("a", "2020", EventType::signing, {"FR"});
  event.title = "Caf\xC3\xA9 talks";                // é precomposed
  EXPECT_TRUE(grep("cafe\xCC\x81").matches(event)); // e + combining acute
  event.title = "Cafe\xCC\x81 talks";
  EXPECT_TRUE(grep("CAF\xC3\x89").matches(event));
}

TEST(FilterGrep, NotOtherFields) {
  const auto event = described();
  EXPECT_FALSE(grep("needle").matches(event)) << "sources and tags are not searched";
  EXPECT_FALSE(grep("2020-09-15").matches(event)) << "the date is not searched";
  EXPECT_FALSE(grep("AE").matches(event)) << "parties are not searched";
}

TEST(FilterGrep, AbsentNotesAndPlace) {
  auto event = make_event("a", "2020", EventType::signing, {"IL"});
  event.title = "Only a title";
  EXPECT_TRUE(grep("only").matches(event));
  EXPECT_FALSE(grep("place").matches(event));
  EXPECT_TRUE(grep("").matches(event)) << "an empty text is in every title";
}

TEST(Filter, CombinesWithAnd) {
  EventExtras extras;
  extras.mediators = {"US"};
  extras.treaty = "accords";
  auto event = make_event("a", "2020-09-15", EventType::signing, {"IL", "AE"}, extras);
  event.tags = testing::kept_list({"gulf"});
  Filter filter;
  filter.since = date_of("2020");
  filter.until = date_of("2020-09");
  filter.on = date_of("2020-09-15");
  filter.countries = {"US"};
  filter.types = {EventType::signing};
  filter.treaties = {"accords"};
  filter.grep = "title of";
  filter.tags = {"gulf"};
  EXPECT_TRUE(filter.matches(event));

  const auto fails_with = [&](auto change) {
    Filter changed = filter;
    change(changed);
    return !changed.matches(event);
  };
  EXPECT_TRUE(fails_with([](Filter& f) { f.since = date_of("2020-09-16"); }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.until = date_of("2020-09-14"); }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.on = date_of("2020-09-14"); }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.countries = {"BH"}; }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.types = {EventType::report}; }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.treaties = {"other"}; }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.grep = "nowhere"; }));
  EXPECT_TRUE(fails_with([](Filter& f) { f.tags = {"africa"}; }));
}

TEST(Select, KeepsTimelineOrder) {
  EventExtras other;
  other.treaty = "other";
  const auto timeline = make_timeline({
      dated("late", "2021-01-01"),
      dated("year", "2020"),
      make_event("other-treaty", "2020-06-01", EventType::signing, {"IL"}, other),
      dated("day", "2020-09-15"),
      dated("month", "2020-09"),
      dated("early", "2019-12-31"),
  });
  Filter all;
  EXPECT_EQ(ids_of(select(timeline, all)), (Ids{"early", "year", "other-treaty", "month", "day", "late"}));

  Filter in_2020;
  in_2020.on = date_of("2020");
  in_2020.treaties = {"accords"};
  EXPECT_EQ(ids_of(select(timeline, in_2020)), (Ids{"year", "month", "day"}));
}

TEST(Select, PointsIntoTheTimeline) {
  const auto timeline = make_timeline({dated("a", "2020"), dated("b", "2021")});
  const auto selected = select(timeline, since("2021"));
  ASSERT_EQ(selected.size(), 1U);
  EXPECT_EQ(selected[0], &timeline.events()[1]);
}

TEST(Select, NothingMatches) {
  const auto timeline = make_timeline({dated("a", "2020"), dated("b", "2021")});
  EXPECT_TRUE(select(timeline, since("2022")).empty());
  EXPECT_TRUE(select(make_timeline({}), Filter{}).empty());
}

} // namespace
} // namespace accords::engine

namespace accords::engine {
namespace {

TEST(EventInterval, AnEndInsideAMonthDateNeverShrinksTheEvent) {
  const auto event = dated("m", "2020-05", "2020-05-01");
  EXPECT_EQ(event.interval().last, date_of("2020-05-31").first_day());
  const auto timeline = make_timeline({event});
  EXPECT_EQ(ids_of(select(timeline, since("2020-05-20"))), Ids{"m"});
}

TEST(EventInterval, AnEndAfterAYearDateExtendsIt) {
  const auto event = dated("y", "2019", "2020-02");
  EXPECT_EQ(event.interval().first, date_of("2019-01-01").first_day());
  EXPECT_EQ(event.interval().last, date_of("2020-02-29").first_day());
}

} // namespace
} // namespace accords::engine

namespace accords::engine {
namespace {

// A date of year, month or day precision between 2018 and 2022, from `random`.
std::string random_date(std::mt19937& random) {
  const auto year = std::to_string(2018 + random() % 5);
  const auto month = fmt::format("{:02d}", 1 + random() % 12);
  const auto day = fmt::format("{:02d}", 1 + random() % 28);
  switch (random() % 3) {
  case 0:
    return year;
  case 1:
    return year + "-" + month;
  default:
    return year + "-" + month + "-" + day;
  }
}

TEST(FilterDays, NoDateConditionAsksForNoDays) {
  Filter filter;
  filter.countries = {"IL"};
  EXPECT_FALSE(filter.days());
}

TEST(FilterDays, SinceUntilAndOnNarrowOneWindow) {
  Filter filter = since("2020-03");
  filter.until = date_of("2021");
  filter.on = date_of("2020");
  const auto days = filter.days();
  ASSERT_TRUE(days);
  EXPECT_EQ(days->from, date_of("2020-03-01").first_day());
  EXPECT_EQ(days->to, date_of("2020-12-31").first_day());
}

// The window admits exactly the events the date conditions match, whatever they are: a
// load that keeps only what it admits loses no event a filter would show.
TEST(FilterDays, TheWindowAdmitsExactlyWhatTheDatesMatch) {
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    Filter filter;
    if (random() % 2 == 0) {
      filter.since = date_of(random_date(random));
    }
    if (random() % 2 == 0) {
      filter.until = date_of(random_date(random));
    }
    if (random() % 3 == 0) {
      filter.on = date_of(random_date(random));
    }
    auto start = random_date(random);
    std::optional<std::string> end;
    if (random() % 3 == 0) {
      end = random_date(random);
      if (date_of(*end).last_day() < date_of(start).first_day()) {
        std::swap(start, *end);
      }
    }
    const auto event = dated("e", start, end);
    const auto days = filter.days();
    const bool admitted = !days || days->admits(event.interval());
    EXPECT_EQ(admitted, filter.matches(event))
        << "event " << start << ".." << end.value_or("") << ", since " << (filter.since ? filter.since->text() : "-")
        << ", until " << (filter.until ? filter.until->text() : "-") << ", on "
        << (filter.on ? filter.on->text() : "-");
  }
}

} // namespace
} // namespace accords::engine
