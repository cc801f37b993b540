// engine/report_summary: the numbers and facts of `accords report`.
#include "engine/report_summary.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::engine {
namespace {

using model::EventType;
using model::Status;
using testing::date_of;
using testing::day_of;
using testing::EventExtras;
using testing::make_event;
using testing::make_timeline;

using Lines = std::vector<std::string>;

EventExtras with_end(std::string end) {
  EventExtras extras;
  extras.end = std::move(end);
  return extras;
}

EventExtras with_mediators(std::vector<std::string> mediators) {
  EventExtras extras;
  extras.mediators = std::move(mediators);
  return extras;
}

EventExtras in_treaty(std::string treaty) {
  EventExtras extras;
  extras.treaty = std::move(treaty);
  return extras;
}

// Every event of the timeline, as select() with no filter gives them.
std::vector<const model::Event*> all_of(const Timeline& timeline) {
  std::vector<const model::Event*> out;
  for (const auto& event : timeline.events()) {
    out.push_back(&event);
  }
  return out;
}

ReportSummary summary_of(const Timeline& timeline, ReportRequest request = {}) {
  if (request.members_as_of == date::sys_days{}) {
    request.members_as_of = day_of("2026-11-26");
  }
  return summarize(all_of(timeline), timeline, request);
}

Lines years_of(const ReportSummary& summary) {
  Lines out;
  for (const auto& year : summary.per_year) {
    out.push_back(std::to_string(year.year) + " " + std::to_string(year.events));
  }
  return out;
}

Lines types_of(const ReportSummary& summary) {
  Lines out;
  for (const auto& type : summary.per_type) {
    out.push_back(std::string(model::event_type_name(type.type)) + " " + std::to_string(type.events));
  }
  return out;
}

Lines parties_of(const ReportSummary& summary) {
  Lines out;
  for (const auto& party : summary.per_party) {
    out.push_back(party.party + " " + party.name + " " + std::to_string(party.events));
  }
  return out;
}

// "treaty: status PARTY since-id" for every member, in the summary's order.
Lines members_of(const ReportSummary& summary) {
  Lines out;
  for (const auto& treaty : summary.members) {
    if (treaty.groups.empty()) {
      out.push_back(treaty.treaty.code + ": nobody");
    }
    for (const auto& group : treaty.groups) {
      for (const auto& member : group.members) {
        out.push_back(treaty.treaty.code + ": " + std::string(model::status_name(group.status)) + " " + member.party +
                      " " + member.name + " " + std::string(member.since->id));
      }
    }
  }
  return out;
}

TEST(ReportSummary, Totals) {
  const auto timeline = make_timeline({
      make_event("a", "2020-09-15", EventType::signing, {"IL", "AE", "BH"}, with_mediators({"US"})),
      make_event("b", "2020-12-22", EventType::signing, {"IL", "MA"}, with_mediators({"US"})),
      make_event("c", "2021-01-06", EventType::signing, {"SD"}, in_treaty("other")),
  });
  const auto summary = summary_of(timeline);
  EXPECT_EQ(summary.events, 3U);
  EXPECT_EQ(summary.parties, 5U);   // IL AE BH MA SD
  EXPECT_EQ(summary.mediators, 1U); // US, counted once
  EXPECT_EQ(summary.treaties, (std::vector<NamedCode>{{"accords", "Accords"}, {"other", "Other Treaty"}}));
}

TEST(ReportSummary, PerYearCountsTheYearOfTheFirstDay) {
  const auto timeline = make_timeline({
      make_event("across-new-year", "2019-12-30", EventType::summit, {"IL"}, with_end("2020-01-02")),
      make_event("whole-year", "2020", EventType::report, {"IL"}),
      make_event("month", "2020-06", EventType::report, {"IL"}),
      make_event("later", "2023-02-01", EventType::report, {"IL"}),
      make_event("year-ending-later", "2023", EventType::report, {"IL"}, with_end("2024-03")),
  });
  const auto summary = summary_of(timeline);
  // Years without events between the first and the last (2021, 2022) count 0; 2024 only holds
  // the end of an event, and is after the last year with a first day.
  EXPECT_EQ(years_of(summary), (Lines{"2019 1", "2020 2", "2021 0", "2022 0", "2023 2"}));
}

TEST(ReportSummary, PerTypeInTheFormatsOrderOnlyTypesPresent) {
  const auto timeline = make_timeline({
      make_event("a", "2020-01-01", EventType::other, {"IL"}),
      make_event("b", "2020-01-02", EventType::signing, {"IL"}),
      make_event("c", "2020-01-03", EventType::report, {"IL"}),
      make_event("d", "2020-01-04", EventType::other, {"IL"}),
      make_event("e", "2020-01-05", EventType::entry_into_force, {"IL"}),
  });
  EXPECT_EQ(types_of(summary_of(timeline)), (Lines{"report 1", "signing 1", "entry-into-force 1", "other 2"}));
}

TEST(ReportSummary, PerPartyMostFirstThenByCodeWithoutMediators) {
  const auto timeline = make_timeline({
      make_event("a", "2020-01-01", EventType::signing, {"MA", "IL"}, with_mediators({"US"})),
      make_event("b", "2020-01-02", EventType::signing, {"AE", "IL"}, with_mediators({"US"})),
      make_event("c", "2020-01-03", EventType::signing, {"BH", "MA"}, with_mediators({"US"})),
      make_event("d", "2020-01-04", EventType::signing, {"SD"}),
  });
  const auto summary = summary_of(timeline);
  // IL and MA tie at 2 and are ordered by code, as are AE, BH and SD at 1; US is only a mediator.
  EXPECT_EQ(parties_of(summary),
            (Lines{"IL Israel 2", "MA Morocco 2", "AE United Arab Emirates 1", "BH Bahrain 1", "SD Sudan 1"}));
  EXPECT_EQ(summary.parties_not_shown, 0U);
}

TEST(ReportSummary, PartyNamedTwiceInAnEventCountsOnce) {
  const auto timeline = make_timeline({make_event("a", "2020-01-01", EventType::signing, {"IL", "IL"})});
  EXPECT_EQ(parties_of(summary_of(timeline)), (Lines{"IL Israel 1"}));
}

TEST(ReportSummary, TopCapsThePartiesAndCountsTheRest) {
  const auto timeline = make_timeline({
      make_event("a", "2020-01-01", EventType::signing, {"IL", "AE", "BH", "MA"}),
      make_event("b", "2020-01-02", EventType::signing, {"IL", "MA"}),
  });
  ReportRequest request;
  request.top = 3;
  auto summary = summary_of(timeline, request);
  EXPECT_EQ(parties_of(summary), (Lines{"IL Israel 2", "MA Morocco 2", "AE United Arab Emirates 1"}));
  EXPECT_EQ(summary.parties_not_shown, 1U);
  EXPECT_EQ(summary.parties, 4U); // the total is not capped

  request.top = 0;
  summary = summary_of(timeline, request);
  EXPECT_TRUE(summary.per_party.empty());
  EXPECT_EQ(summary.parties_not_shown, 4U);

  request.top = 4;
  summary = summary_of(timeline, request);
  EXPECT_EQ(summary.per_party.size(), 4U);
  EXPECT_EQ(summary.parties_not_shown, 0U);

  request.top = std::nullopt;
  summary = summary_of(timeline, request);
  EXPECT_EQ(summary.per_party.size(), 4U);
}

TEST(ReportSummary, FirstLastAndTheRangeCovered) {
  const auto timeline = make_timeline({
      make_event("late-start", "2021-03-01", EventType::report, {"IL"}),
      make_event("long", "2021-01", EventType::summit, {"IL"}, with_end("2021-06-30")),
      make_event("year", "2020", EventType::report, {"IL"}),
  });
  const auto summary = summary_of(timeline);
  ASSERT_NE(summary.first, nullptr);
  ASSERT_NE(summary.last, nullptr);
  EXPECT_EQ(summary.first->id, "year");
  EXPECT_EQ(summary.last->id, "late-start"); // last in timeline order
  ASSERT_TRUE(summary.covered);
  EXPECT_EQ(summary.covered->first, day_of("2020-01-01"));
  EXPECT_EQ(summary.covered->last, day_of("2021-06-30")); // the latest last day, from the long event
}

TEST(ReportSummary, AskedRangeIsTheIntersectionOfTheDateFilters) {
  const auto timeline = make_timeline({make_event("a", "2020-01-01", EventType::report, {"IL"})});
  ReportRequest request;
  EXPECT_FALSE(summary_of(timeline, request).asked.first);
  EXPECT_FALSE(summary_of(timeline, request).asked.last);

  request.filter.since = date_of("2019");
  request.filter.until = date_of("2021-02");
  auto asked = summary_of(timeline, request).asked;
  EXPECT_EQ(asked.first, day_of("2019-01-01"));
  EXPECT_EQ(asked.last, day_of("2021-02-28"));

  request.filter.on = date_of("2020");
  asked = summary_of(timeline, request).asked;
  EXPECT_EQ(asked.first, day_of("2020-01-01"));
  EXPECT_EQ(asked.last, day_of("2020-12-31"));
}

TEST(ReportSummary, FiltersGetNames) {
  const auto timeline = make_timeline({make_event("a", "2020-01-01", EventType::report, {"IL"})});
  ReportRequest request;
  request.filter.countries = {"KZ", "IL"};
  request.filter.treaties = {"other"};
  request.filter.types = {EventType::signing};
  request.filter.grep = "abc";
  request.filter.tags = {"x"};
  request.filter.since = date_of("2020-09");
  request.data = {"a.yaml"};
  const auto summary = summary_of(timeline, request);
  EXPECT_EQ(summary.filters.countries, (std::vector<NamedCode>{{"KZ", "Kazakhstan"}, {"IL", "Israel"}}));
  EXPECT_EQ(summary.filters.treaties, (std::vector<NamedCode>{{"other", "Other Treaty"}}));
  EXPECT_EQ(summary.filters.types, (std::vector<EventType>{EventType::signing}));
  EXPECT_EQ(summary.filters.grep, "abc");
  EXPECT_EQ(summary.filters.tags, (std::vector<std::string>{"x"}));
  EXPECT_EQ(summary.filters.since, date_of("2020-09"));
  EXPECT_EQ(summary.data, (std::vector<std::string>{"a.yaml"}));
}

TEST(ReportSummary, MembersGroupedByStatusInReportOrder) {
  const auto timeline = make_timeline({
      make_event("reports", "2019", EventType::report, {"OM", "SA", "ID"}),
      make_event("signed", "2020-09-15", EventType::signing, {"IL", "AE", "BH"}, with_mediators({"US"})),
      make_event("announced", "2020-10-23", EventType::announcement, {"SD", "IL"}),
      make_event("left", "2021-05-01", EventType::withdrawal, {"BH"}),
      make_event("paused", "2021-06-01", EventType::suspension, {"AE"}),
      make_event("other-treaty", "2021-07-01", EventType::signing, {"MA"}, in_treaty("other")),
      make_event("after", "2030-01-01", EventType::signing, {"OM"}),
  });
  ReportRequest request;
  request.members_as_of = day_of("2026-11-26");
  const auto summary = summary_of(timeline, request);
  EXPECT_EQ(members_of(summary), (Lines{
                                     "accords: party IL Israel signed",
                                     "accords: announced SD Sudan announced",
                                     "accords: candidate ID Indonesia reports",
                                     "accords: candidate OM Oman reports", // the 2030 signing is after the day
                                     "accords: candidate SA Saudi Arabia reports",
                                     "accords: suspended AE United Arab Emirates paused",
                                     "accords: withdrawn BH Bahrain left",
                                     "other: party MA Morocco other-treaty",
                                 }));
  ASSERT_EQ(summary.members.size(), 2U);
  EXPECT_EQ(summary.members[0].treaty, (NamedCode{"accords", "Accords"}));
  EXPECT_EQ(summary.members[0].groups.size(), 5U); // one group per status held, none empty
  EXPECT_EQ(summary.members_as_of, day_of("2026-11-26"));
}

TEST(ReportSummary, MembersOnlyForTreatiesAmongTheEventsAndTheirWholeHistory) {
  const auto timeline = make_timeline({
      make_event("signed", "2020-09-15", EventType::signing, {"IL", "AE"}),
      make_event("talks", "2021-01-01", EventType::relations, {"IL", "KZ"}, in_treaty("other")),
      make_event("summit", "2022-01-01", EventType::summit, {"IL", "AE"}),
  });
  // Only the summit is selected, but membership counts every event of its treaty; the other
  // treaty has no selected event and does not appear.
  const std::vector<const model::Event*> events{&timeline.events()[2]};
  ReportRequest request;
  request.members_as_of = day_of("2022-12-31");
  const auto summary = summarize(events, timeline, request);
  EXPECT_EQ(members_of(summary),
            (Lines{"accords: party AE United Arab Emirates signed", "accords: party IL Israel signed"}));

  // A treaty among the events whose events give no status is listed with no groups.
  const std::vector<const model::Event*> talks{&timeline.events()[1]};
  EXPECT_EQ(members_of(summarize(talks, timeline, request)), (Lines{"other: nobody"}));
}

TEST(ReportSummary, MembersFollowTheCountryFilter) {
  const auto timeline = make_timeline({
      make_event("reports", "2019", EventType::report, {"OM", "KZ"}),
      make_event("signed", "2020-09-15", EventType::signing, {"IL", "AE"}),
      make_event("announced", "2025-11-06", EventType::announcement, {"KZ"}),
  });
  ReportRequest request;
  request.filter.countries = {"KZ"};
  request.members_as_of = day_of("2026-11-26");
  EXPECT_EQ(members_of(summary_of(timeline, request)), (Lines{"accords: announced KZ Kazakhstan announced"}));
}

TEST(ReportSummary, MembersDay) {
  const auto today = day_of("2026-11-26");
  Filter filter;
  EXPECT_EQ(members_day(filter, today), today);
  filter.since = date_of("2020");
  EXPECT_EQ(members_day(filter, today), today);
  filter.until = date_of("2020");
  EXPECT_EQ(members_day(filter, today), day_of("2020-12-31"));
  filter.on = date_of("2020-02");
  EXPECT_EQ(members_day(filter, today), day_of("2020-02-29")); // the earlier of --until and --on
  filter.until = std::nullopt;
  filter.on = date_of("2021-03-04");
  EXPECT_EQ(members_day(filter, today), day_of("2021-03-04"));
}

TEST(ReportSummary, NoEvents) {
  const auto timeline = make_timeline({make_event("a", "2020-01-01", EventType::signing, {"IL"})});
  ReportRequest request;
  request.members_as_of = day_of("2026-11-26");
  const auto summary = summarize({}, timeline, request);
  EXPECT_EQ(summary.events, 0U);
  EXPECT_EQ(summary.parties, 0U);
  EXPECT_EQ(summary.mediators, 0U);
  EXPECT_TRUE(summary.treaties.empty());
  EXPECT_TRUE(summary.per_year.empty());
  EXPECT_TRUE(summary.per_type.empty());
  EXPECT_TRUE(summary.per_party.empty());
  EXPECT_EQ(summary.first, nullptr);
  EXPECT_EQ(summary.last, nullptr);
  EXPECT_FALSE(summary.covered);
  EXPECT_TRUE(summary.members.empty());
}

TEST(ReportSummary, StatusOrder) {
  const auto order = report_status_order();
  EXPECT_EQ(
      std::vector<Status>(order.begin(), order.end()),
      (std::vector<Status>{Status::party, Status::consented, Status::signatory, Status::announced, Status::candidate,
                           Status::declined, Status::suspended, Status::withdrawing, Status::withdrawn}));
}

} // namespace
} // namespace accords::engine
