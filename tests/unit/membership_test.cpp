// engine/membership: the status of each party of a treaty as of a day.
#include "engine/membership.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace accords::engine {
namespace {

using model::EventType;
using model::Status;
using testing::day_of;
using testing::EventExtras;
using testing::make_event;
using testing::make_timeline;

// "PARTY status since-event-id" for every membership, in the order returned.
std::vector<std::string> describe(const std::vector<Membership>& memberships) {
  std::vector<std::string> out;
  for (const auto& membership : memberships) {
    out.push_back(membership.party + " " + std::string(model::status_name(membership.status)) + " " +
                  (membership.since != nullptr ? std::string(membership.since->id) : "NULL"));
  }
  return out;
}

std::vector<std::string> as_of(const Timeline& timeline, std::string_view day, std::string_view treaty = "accords") {
  return describe(memberships_as_of(timeline, treaty, day_of(day)));
}

using Lines = std::vector<std::string>;

model::Event ev(std::string id, std::string_view date, EventType type, std::vector<std::string> parties,
                EventExtras extras = {}) {
  return make_event(std::move(id), date, type, std::move(parties), std::move(extras));
}

TEST(NextStatus, EveryPair) {
  const Status all[] = {Status::none,   Status::candidate, Status::announced,
                        Status::member, Status::withdrawn, Status::suspended};
  // expected[current][given]
  const std::map<Status, std::map<Status, Status>> expected{
      {Status::none,
       {{Status::none, Status::none},
        {Status::candidate, Status::candidate},
        {Status::announced, Status::announced},
        {Status::member, Status::member},
        {Status::withdrawn, Status::withdrawn},
        {Status::suspended, Status::suspended}}},
      {Status::candidate,
       {{Status::none, Status::candidate},
        {Status::candidate, Status::candidate},
        {Status::announced, Status::announced},
        {Status::member, Status::member},
        {Status::withdrawn, Status::withdrawn},
        {Status::suspended, Status::suspended}}},
      {Status::announced,
       {{Status::none, Status::announced},
        {Status::candidate, Status::announced},
        {Status::announced, Status::announced},
        {Status::member, Status::member},
        {Status::withdrawn, Status::withdrawn},
        {Status::suspended, Status::suspended}}},
      {Status::member,
       {{Status::none, Status::member},
        {Status::candidate, Status::member},
        {Status::announced, Status::member},
        {Status::member, Status::member},
        {Status::withdrawn, Status::withdrawn},
        {Status::suspended, Status::suspended}}},
      // withdrawn and suspended are outside candidate < announced < member: a report or an
      // announcement after them is news again (ARCHITECTURE.md, "Membership").
      {Status::withdrawn,
       {{Status::none, Status::withdrawn},
        {Status::candidate, Status::candidate},
        {Status::announced, Status::announced},
        {Status::member, Status::member},
        {Status::withdrawn, Status::withdrawn},
        {Status::suspended, Status::suspended}}},
      {Status::suspended,
       {{Status::none, Status::suspended},
        {Status::candidate, Status::candidate},
        {Status::announced, Status::announced},
        {Status::member, Status::member},
        {Status::withdrawn, Status::withdrawn},
        {Status::suspended, Status::suspended}}},
  };
  for (const auto current : all) {
    for (const auto given : all) {
      EXPECT_EQ(next_status(current, given), expected.at(current).at(given))
          << "current " << model::status_name(current) << ", given " << model::status_name(given);
    }
  }
}

TEST(MembershipsAsOf, ReportAnnouncementSigning) {
  const auto timeline = make_timeline({
      ev("report", "2020-06", EventType::report, {"AE"}),
      ev("announce", "2020-08-13", EventType::announcement, {"AE", "IL"}),
      ev("sign", "2020-09-15", EventType::signing, {"AE", "IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2020-05-31"), Lines{});
  EXPECT_EQ(as_of(timeline, "2020-06-01"), (Lines{"AE candidate report"}));
  EXPECT_EQ(as_of(timeline, "2020-08-12"), (Lines{"AE candidate report"}));
  EXPECT_EQ(as_of(timeline, "2020-08-13"), (Lines{"AE announced announce", "IL announced announce"}));
  EXPECT_EQ(as_of(timeline, "2020-09-14"), (Lines{"AE announced announce", "IL announced announce"}));
  EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"AE member sign", "IL member sign"}));
  EXPECT_EQ(as_of(timeline, "2030-01-01"), (Lines{"AE member sign", "IL member sign"}));
}

TEST(MembershipsAsOf, EveryMembershipTypeMakesAMember) {
  for (const auto type :
       {EventType::signing, EventType::accession, EventType::ratification, EventType::entry_into_force}) {
    const auto timeline = make_timeline({ev("e", "2020-09-15", type, {"MA"})});
    EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"MA member e"})) << model::event_type_name(type);
  }
}

TEST(MembershipsAsOf, TypesWithoutStatusGiveNone) {
  for (const auto type : {EventType::relations, EventType::embassy, EventType::agreement, EventType::summit,
                          EventType::sanctions, EventType::other}) {
    const auto timeline = make_timeline({ev("e", "2020-09-15", type, {"MA"})});
    EXPECT_EQ(as_of(timeline, "2021"), Lines{}) << model::event_type_name(type);
  }
}

TEST(MembershipsAsOf, RatificationAfterSigningKeepsSinceAtTheSigning) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"BH"}),
      ev("ratify", "2020-10-18", EventType::ratification, {"BH"}),
      ev("force", "2021-01", EventType::entry_into_force, {"BH"}),
  });
  EXPECT_EQ(as_of(timeline, "2021-06-01"), (Lines{"BH member sign"}));
}

TEST(MembershipsAsOf, SinceIsTheEventThatLastChangedTheStatus) {
  const auto timeline = make_timeline({
      ev("rumour-1", "2020-01", EventType::report, {"SA"}),
      ev("rumour-2", "2020-03", EventType::report, {"SA"}),
      ev("announce-1", "2020-05-01", EventType::announcement, {"SA"}),
      ev("rumour-3", "2020-06", EventType::report, {"SA"}),
      ev("announce-2", "2020-07-01", EventType::announcement, {"SA"}),
  });
  EXPECT_EQ(as_of(timeline, "2020-04-01"), (Lines{"SA candidate rumour-1"}));
  EXPECT_EQ(as_of(timeline, "2020-12-31"), (Lines{"SA announced announce-1"}));
}

TEST(MembershipsAsOf, Withdrawal) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"AE", "IL"}),
      ev("leave", "2023-03-01", EventType::withdrawal, {"AE"}),
  });
  EXPECT_EQ(as_of(timeline, "2023-02-28"), (Lines{"AE member sign", "IL member sign"}));
  EXPECT_EQ(as_of(timeline, "2023-03-01"), (Lines{"AE withdrawn leave", "IL member sign"}));
}

TEST(MembershipsAsOf, ReAccessionAfterWithdrawal) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"SD"}),
      ev("leave", "2022", EventType::withdrawal, {"SD"}),
      ev("rejoin", "2024-05-05", EventType::accession, {"SD"}),
      ev("ratify-again", "2024-06-01", EventType::ratification, {"SD"}),
  });
  EXPECT_EQ(as_of(timeline, "2023-12-31"), (Lines{"SD withdrawn leave"}));
  EXPECT_EQ(as_of(timeline, "2024-05-05"), (Lines{"SD member rejoin"}));
  EXPECT_EQ(as_of(timeline, "2025"), (Lines{"SD member rejoin"}));
}

TEST(MembershipsAsOf, Suspension) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"MA"}),
      ev("suspend", "2022-02-02", EventType::suspension, {"MA"}),
      ev("suspend-again", "2022-03-03", EventType::suspension, {"MA"}),
      ev("resume", "2023-01-01", EventType::entry_into_force, {"MA"}),
  });
  EXPECT_EQ(as_of(timeline, "2022-02-01"), (Lines{"MA member sign"}));
  EXPECT_EQ(as_of(timeline, "2022-12-31"), (Lines{"MA suspended suspend"}));
  EXPECT_EQ(as_of(timeline, "2023-01-01"), (Lines{"MA member resume"}));
}

TEST(MembershipsAsOf, WithdrawalAfterSuspension) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"MA"}),
      ev("suspend", "2022-02-02", EventType::suspension, {"MA"}),
      ev("leave", "2022-03-03", EventType::withdrawal, {"MA"}),
  });
  EXPECT_EQ(as_of(timeline, "2022-12-31"), (Lines{"MA withdrawn leave"}));
}

TEST(MembershipsAsOf, AnnouncementAfterMembershipDoesNotLower) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"IL"}),
      ev("announce", "2021-01-01", EventType::announcement, {"IL"}),
      ev("report", "2021-02-01", EventType::report, {"IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2021-12-31"), (Lines{"IL member sign"}));
}

TEST(MembershipsAsOf, ReportAfterWithdrawal) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"SD"}),
      ev("leave", "2022-01-01", EventType::withdrawal, {"SD"}),
      ev("rumour", "2023-01-01", EventType::report, {"SD"}),
  });
  EXPECT_EQ(as_of(timeline, "2022-12-31"), (Lines{"SD withdrawn leave"}));
  EXPECT_EQ(as_of(timeline, "2023-01-01"), (Lines{"SD candidate rumour"}));
}

TEST(MembershipsAsOf, MediatorsGetNoStatus) {
  EventExtras extras;
  extras.mediators = {"US", "AE"};
  const auto timeline = make_timeline({
      ev("sign", "2020-12-10", EventType::signing, {"IL", "MA"}, extras),
  });
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"IL member sign", "MA member sign"}));
}

TEST(MembershipsAsOf, OtherTreatiesAreIgnored) {
  EventExtras other;
  other.treaty = "other";
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"IL"}),
      ev("other-sign", "2020-09-01", EventType::signing, {"EG"}, other),
      ev("other-leave", "2020-10-01", EventType::withdrawal, {"IL"}, other),
  });
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"IL member sign"}));
  EXPECT_EQ(as_of(timeline, "2021", "other"), (Lines{"EG member other-sign", "IL withdrawn other-leave"}));
  EXPECT_EQ(as_of(timeline, "2021", "missing"), Lines{});
}

TEST(MembershipsAsOf, EventsAfterTheDayAreIgnoredAndTheDayItselfCounts) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"IL"}),
      ev("leave", "2020-09-16", EventType::withdrawal, {"IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2020-09-14"), Lines{});
  EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"IL member sign"}));
  EXPECT_EQ(as_of(timeline, "2020-09-16"), (Lines{"IL withdrawn leave"}));
}

EventExtras spanning(std::string end) {
  EventExtras extras;
  extras.end = std::move(end);
  return extras;
}

TEST(MembershipsAsOf, CoarseEventsCountFromTheirFirstDay) {
  const auto timeline = make_timeline({
      ev("month", "2020-09", EventType::announcement, {"IL"}),
      ev("year", "2021", EventType::signing, {"IL"}),
      ev("span", "2022-05-30", EventType::withdrawal, {"IL"}, spanning("2022-06-02")),
  });
  EXPECT_EQ(as_of(timeline, "2020-08-31"), Lines{});
  EXPECT_EQ(as_of(timeline, "2020-09-01"), (Lines{"IL announced month"}));
  EXPECT_EQ(as_of(timeline, "2021-01-01"), (Lines{"IL member year"}));
  EXPECT_EQ(as_of(timeline, "2022-05-30"), (Lines{"IL withdrawn span"}));
}

TEST(MembershipsAsOf, SameDayEventsApplyInTimelineOrder) {
  // The signing comes first in load order, the withdrawal last: withdrawn.
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"IL"}),
      ev("leave", "2020-09-15", EventType::withdrawal, {"IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"IL withdrawn leave"}));
  // A year-precision report sorts before the day it shares its first day with.
  const auto coarse_first = make_timeline({
      ev("sign", "2020-01-01", EventType::signing, {"IL"}),
      ev("rumour", "2020", EventType::report, {"IL"}),
  });
  EXPECT_EQ(as_of(coarse_first, "2020-01-01"), (Lines{"IL member sign"}));
}

TEST(MembershipsAsOf, SortedByPartyCode) {
  const auto timeline = make_timeline({
      ev("a", "2020-01-01", EventType::report, {"SD"}),
      ev("b", "2020-02-01", EventType::signing, {"MA", "AE"}),
      ev("c", "2020-03-01", EventType::announcement, {"BH", "ZW", "IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"AE member b", "BH announced c", "IL announced c", "MA member b",
                                            "SD candidate a", "ZW announced c"}));
}

TEST(MembershipsAsOf, SincePointsIntoTheTimeline) {
  const auto timeline = make_timeline({
      ev("report", "2020-01-01", EventType::report, {"IL"}),
      ev("sign", "2020-02-01", EventType::signing, {"IL"}),
  });
  const auto memberships = memberships_as_of(timeline, "accords", day_of("2021"));
  ASSERT_EQ(memberships.size(), 1U);
  EXPECT_EQ(memberships[0].party, "IL");
  EXPECT_EQ(memberships[0].status, Status::member);
  EXPECT_EQ(memberships[0].since, &timeline.events()[1]);
}

} // namespace
} // namespace accords::engine
