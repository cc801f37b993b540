// engine/membership: the status of each party of a treaty as of a day.
#include "engine/membership.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <map>
#include <optional>
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

// Schema 1's rules, kept for every treaty joined by signature: the status after an event
// giving `given` to a party that holds `current` (ARCHITECTURE.md, "Membership").
TEST(MembershipsAsOf, SignatureTreatyEveryPairOfStatuses) {
  // The event that gives each status of schema 1, and that status's name now.
  const std::vector<std::pair<std::optional<EventType>, std::string>> statuses{
      {std::nullopt, "none"},        {EventType::report, "candidate"},     {EventType::announcement, "announced"},
      {EventType::signing, "party"}, {EventType::withdrawal, "withdrawn"}, {EventType::suspension, "suspended"},
  };
  // expected[current][given]: withdrawn and suspended are outside candidate < announced <
  // party, so a report or an announcement after them is news again.
  const std::map<std::string, std::map<std::string, std::string>> expected{
      {"none",
       {{"none", "none"},
        {"candidate", "candidate"},
        {"announced", "announced"},
        {"party", "party"},
        {"withdrawn", "withdrawn"},
        {"suspended", "suspended"}}},
      {"candidate",
       {{"none", "candidate"},
        {"candidate", "candidate"},
        {"announced", "announced"},
        {"party", "party"},
        {"withdrawn", "withdrawn"},
        {"suspended", "suspended"}}},
      {"announced",
       {{"none", "announced"},
        {"candidate", "announced"},
        {"announced", "announced"},
        {"party", "party"},
        {"withdrawn", "withdrawn"},
        {"suspended", "suspended"}}},
      {"party",
       {{"none", "party"},
        {"candidate", "party"},
        {"announced", "party"},
        {"party", "party"},
        {"withdrawn", "withdrawn"},
        {"suspended", "suspended"}}},
      {"withdrawn",
       {{"none", "withdrawn"},
        {"candidate", "candidate"},
        {"announced", "announced"},
        {"party", "party"},
        {"withdrawn", "withdrawn"},
        {"suspended", "suspended"}}},
      {"suspended",
       {{"none", "suspended"},
        {"candidate", "candidate"},
        {"announced", "announced"},
        {"party", "party"},
        {"withdrawn", "withdrawn"},
        {"suspended", "suspended"}}},
  };
  for (const auto& [first_type, current] : statuses) {
    for (const auto& [second_type, given] : statuses) {
      std::vector<model::Event> events;
      if (first_type) {
        events.push_back(ev("first", "2020", *first_type, {"AE"}));
      }
      if (second_type) {
        events.push_back(ev("second", "2021", *second_type, {"AE"}));
      }
      const auto timeline = make_timeline(events);
      const auto memberships = memberships_as_of(timeline, "accords", day_of("2022"));
      const auto status =
          memberships.empty() ? std::string("none") : std::string(model::status_name(memberships[0].status));
      EXPECT_EQ(status, expected.at(current).at(given)) << "current " << current << ", given " << given;
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
  EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"AE party sign", "IL party sign"}));
  EXPECT_EQ(as_of(timeline, "2030-01-01"), (Lines{"AE party sign", "IL party sign"}));
}

TEST(MembershipsAsOf, EveryMembershipTypeMakesAParty) {
  for (const auto type :
       {EventType::signing, EventType::accession, EventType::ratification, EventType::entry_into_force}) {
    const auto timeline = make_timeline({ev("e", "2020-09-15", type, {"MA"})});
    EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"MA party e"})) << model::event_type_name(type);
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
  EXPECT_EQ(as_of(timeline, "2021-06-01"), (Lines{"BH party sign"}));
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
  EXPECT_EQ(as_of(timeline, "2023-02-28"), (Lines{"AE party sign", "IL party sign"}));
  EXPECT_EQ(as_of(timeline, "2023-03-01"), (Lines{"AE withdrawn leave", "IL party sign"}));
}

TEST(MembershipsAsOf, ReAccessionAfterWithdrawal) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"SD"}),
      ev("leave", "2022", EventType::withdrawal, {"SD"}),
      ev("rejoin", "2024-05-05", EventType::accession, {"SD"}),
      ev("ratify-again", "2024-06-01", EventType::ratification, {"SD"}),
  });
  EXPECT_EQ(as_of(timeline, "2023-12-31"), (Lines{"SD withdrawn leave"}));
  EXPECT_EQ(as_of(timeline, "2024-05-05"), (Lines{"SD party rejoin"}));
  EXPECT_EQ(as_of(timeline, "2025"), (Lines{"SD party rejoin"}));
}

TEST(MembershipsAsOf, Suspension) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"MA"}),
      ev("suspend", "2022-02-02", EventType::suspension, {"MA"}),
      ev("suspend-again", "2022-03-03", EventType::suspension, {"MA"}),
      ev("resume", "2023-01-01", EventType::entry_into_force, {"MA"}),
  });
  EXPECT_EQ(as_of(timeline, "2022-02-01"), (Lines{"MA party sign"}));
  EXPECT_EQ(as_of(timeline, "2022-12-31"), (Lines{"MA suspended suspend"}));
  EXPECT_EQ(as_of(timeline, "2023-01-01"), (Lines{"MA party resume"}));
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
  EXPECT_EQ(as_of(timeline, "2021-12-31"), (Lines{"IL party sign"}));
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
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"IL party sign", "MA party sign"}));
}

TEST(MembershipsAsOf, OtherTreatiesAreIgnored) {
  EventExtras other;
  other.treaty = "other";
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"IL"}),
      ev("other-sign", "2020-09-01", EventType::signing, {"EG"}, other),
      ev("other-leave", "2020-10-01", EventType::withdrawal, {"IL"}, other),
  });
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"IL party sign"}));
  EXPECT_EQ(as_of(timeline, "2021", "other"), (Lines{"EG party other-sign", "IL withdrawn other-leave"}));
  EXPECT_EQ(as_of(timeline, "2021", "missing"), Lines{});
}

TEST(MembershipsAsOf, EventsAfterTheDayAreIgnoredAndTheDayItselfCounts) {
  const auto timeline = make_timeline({
      ev("sign", "2020-09-15", EventType::signing, {"IL"}),
      ev("leave", "2020-09-16", EventType::withdrawal, {"IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2020-09-14"), Lines{});
  EXPECT_EQ(as_of(timeline, "2020-09-15"), (Lines{"IL party sign"}));
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
  EXPECT_EQ(as_of(timeline, "2021-01-01"), (Lines{"IL party year"}));
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
  EXPECT_EQ(as_of(coarse_first, "2020-01-01"), (Lines{"IL party sign"}));
}

TEST(MembershipsAsOf, SortedByPartyCode) {
  const auto timeline = make_timeline({
      ev("a", "2020-01-01", EventType::report, {"SD"}),
      ev("b", "2020-02-01", EventType::signing, {"MA", "AE"}),
      ev("c", "2020-03-01", EventType::announcement, {"BH", "ZW", "IL"}),
  });
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"AE party b", "BH announced c", "IL announced c", "MA party b",
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
  EXPECT_EQ(memberships[0].status, Status::party);
  EXPECT_EQ(memberships[0].since, &timeline.events()[1]);
}

// Extras with an `effective` day.
EventExtras effective_on(std::string day) {
  EventExtras extras;
  extras.effective = std::move(day);
  return extras;
}

// Extras of a succession from `predecessor`.
EventExtras succeeding(std::string predecessor) {
  EventExtras extras;
  extras.from = std::move(predecessor);
  return extras;
}

// A timeline whose treaty "accords" is joined by consent (schema 2's default).
Timeline consent_timeline(std::vector<model::Event> events) {
  return make_timeline(std::move(events), true, model::JoinedBy::consent);
}

// "PARTY status since-date signed/consented/in_force/withdrawn" for every membership.
std::vector<std::string> days_as_of(const Timeline& timeline, std::string_view day) {
  const auto text = [](const std::optional<model::PartialDate>& date) { return date ? date->text() : "-"; };
  std::vector<std::string> out;
  for (const auto& membership : memberships_as_of(timeline, "accords", day_of(day))) {
    out.push_back(membership.party + " " + std::string(model::status_name(membership.status)) + " " +
                  membership.since_date.text() + " " + text(membership.signed_on) + "/" + text(membership.consented) +
                  "/" + text(membership.in_force) + "/" + text(membership.withdrawn));
  }
  return out;
}

TEST(ConsentTreaty, SigningMakesASignatoryNotAParty) {
  const auto timeline = consent_timeline({ev("sign", "1992-03-24", EventType::signing, {"RU", "US"})});
  EXPECT_EQ(as_of(timeline, "1995"), (Lines{"RU signatory sign", "US signatory sign"}));
  EXPECT_EQ(days_as_of(timeline, "1995"),
            (Lines{"RU signatory 1992-03-24 1992-03-24/-/-/-", "US signatory 1992-03-24 1992-03-24/-/-/-"}));
}

TEST(ConsentTreaty, EveryKindOfConsentMakesConsentedBeforeEntryIntoForce) {
  for (const auto type : {EventType::ratification, EventType::acceptance, EventType::approval, EventType::accession}) {
    const auto timeline =
        consent_timeline({ev("sign", "1992", EventType::signing, {"FR"}), ev("consent", "1993-05-01", type, {"FR"})});
    EXPECT_EQ(days_as_of(timeline, "1994"), (Lines{"FR consented 1993-05-01 1992/1993-05-01/-/-"}))
        << model::event_type_name(type);
  }
}

TEST(ConsentTreaty, TreatyEntryIntoForceMakesEveryConsentedStateAParty) {
  const auto timeline = consent_timeline({
      ev("sign", "1992-03-24", EventType::signing, {"FR", "KG", "US"}),
      ev("fr", "1993-05-01", EventType::ratification, {"FR"}),
      ev("us", "1993-11-02", EventType::ratification, {"US"}),
      ev("force", "2002-01-01", EventType::entry_into_force, {}),
  });
  EXPECT_EQ(days_as_of(timeline, "2001-12-31"),
            (Lines{"FR consented 1993-05-01 1992-03-24/1993-05-01/-/-", "KG signatory 1992-03-24 1992-03-24/-/-/-",
                   "US consented 1993-11-02 1992-03-24/1993-11-02/-/-"}));
  EXPECT_EQ(as_of(timeline, "2002-01-01"), (Lines{"FR party force", "KG signatory sign", "US party force"}));
  EXPECT_EQ(days_as_of(timeline, "2002-01-01")[0], "FR party 2002-01-01 1992-03-24/1993-05-01/2002-01-01/-");
}

TEST(ConsentTreaty, ConsentAfterEntryIntoForceMakesAPartyAtOnceWithoutEffective) {
  const auto timeline = consent_timeline({
      ev("force", "2002-01-01", EventType::entry_into_force, {}),
      ev("join", "2003-06-01", EventType::accession, {"SE"}),
  });
  EXPECT_EQ(days_as_of(timeline, "2003-06-01"), (Lines{"SE party 2003-06-01 -/2003-06-01/2003-06-01/-"}));
}

TEST(ConsentTreaty, EffectiveDayMakesALateRatifierAPartyThen) {
  const auto timeline = consent_timeline({
      ev("force", "2002-01-01", EventType::entry_into_force, {}),
      ev("late", "2002-02-10", EventType::ratification, {"SE"}, effective_on("2002-04-11")),
  });
  EXPECT_EQ(days_as_of(timeline, "2002-04-10"), (Lines{"SE consented 2002-02-10 -/2002-02-10/-/-"}));
  EXPECT_EQ(as_of(timeline, "2002-04-11"), (Lines{"SE party late"}));
  EXPECT_EQ(days_as_of(timeline, "2002-04-11"), (Lines{"SE party 2002-04-11 -/2002-02-10/2002-04-11/-"}));
}

TEST(ConsentTreaty, EffectiveDayLaterThanTheTreatysEntryIntoForceWins) {
  const auto timeline = consent_timeline({
      ev("ratify", "2001-10-01", EventType::ratification, {"SE"}, effective_on("2002-03-01")),
      ev("force", "2002-01-01", EventType::entry_into_force, {}),
  });
  EXPECT_EQ(as_of(timeline, "2002-01-01"), (Lines{"SE consented ratify"}));
  EXPECT_EQ(as_of(timeline, "2002-03-01"), (Lines{"SE party ratify"}));
}

TEST(ConsentTreaty, EntryIntoForceForPartiesMakesThemParties) {
  const auto timeline = consent_timeline({
      ev("ratify", "2001", EventType::ratification, {"SE", "NO"}),
      ev("force-se", "2002-06-01", EventType::entry_into_force, {"SE"}),
  });
  EXPECT_EQ(as_of(timeline, "2002-06-01"), (Lines{"NO consented ratify", "SE party force-se"}));
}

TEST(ConsentTreaty, WithdrawalNoticeThenWithdrawal) {
  const auto timeline = consent_timeline({
      ev("ratify", "1993", EventType::ratification, {"US"}),
      ev("force", "2002-01-01", EventType::entry_into_force, {}),
      ev("notice", "2020-05-22", EventType::withdrawal_notice, {"US"}, effective_on("2020-11-22")),
  });
  EXPECT_EQ(as_of(timeline, "2020-05-21"), (Lines{"US party force"}));
  EXPECT_EQ(days_as_of(timeline, "2020-05-22"), (Lines{"US withdrawing 2020-05-22 -/1993/2002-01-01/-"}));
  EXPECT_EQ(days_as_of(timeline, "2020-11-22"), (Lines{"US withdrawn 2020-11-22 -/1993/2002-01-01/2020-11-22"}));
  EXPECT_EQ(as_of(timeline, "2021"), (Lines{"US withdrawn notice"}));
}

TEST(ConsentTreaty, RejoiningAfterAWithdrawalTakesEffectAgain) {
  const auto timeline = consent_timeline({
      ev("force", "2016-11-04", EventType::entry_into_force, {"US"}),
      ev("notice", "2019-11-04", EventType::withdrawal_notice, {"US"}, effective_on("2020-11-04")),
      ev("accept", "2021-01-20", EventType::acceptance, {"US"}, effective_on("2021-02-19")),
  });
  EXPECT_EQ(as_of(timeline, "2021-01-20"), (Lines{"US consented accept"}));
  EXPECT_EQ(days_as_of(timeline, "2021-02-19"), (Lines{"US party 2021-02-19 -/2021-01-20/2021-02-19/2020-11-04"}));
}

TEST(ConsentTreaty, ImmediateWithdrawalCancelsAPendingEffect) {
  const auto timeline = consent_timeline({
      ev("ratify", "2001", EventType::ratification, {"SE"}, effective_on("2003")),
      ev("leave", "2002", EventType::withdrawal, {"SE"}),
  });
  EXPECT_EQ(as_of(timeline, "2004"), (Lines{"SE withdrawn leave"}));
}

TEST(ConsentTreaty, RejectionMakesACandidateOrAnnouncedStateDeclined) {
  const auto timeline = consent_timeline({
      ev("report", "2020", EventType::report, {"PK", "SA"}),
      ev("announce", "2021", EventType::announcement, {"SA"}),
      ev("no", "2022-03-01", EventType::rejection, {"PK", "SA", "JO"}),
  });
  EXPECT_EQ(as_of(timeline, "2022-03-01"), (Lines{"JO declined no", "PK declined no", "SA declined no"}));
}

TEST(ConsentTreaty, RejectionLeavesSignatoriesPartiesAndFormerPartiesAlone) {
  const auto timeline = consent_timeline({
      ev("sign", "2019", EventType::signing, {"FR", "GB", "US"}),
      ev("ratify", "2020", EventType::ratification, {"GB"}),
      ev("force", "2020-06", EventType::entry_into_force, {}),
      ev("leave", "2021", EventType::withdrawal, {"US"}),
      ev("no", "2022", EventType::rejection, {"FR", "GB", "US"}),
  });
  EXPECT_EQ(as_of(timeline, "2023"), (Lines{"FR signatory sign", "GB party force", "US withdrawn leave"}));
}

TEST(ConsentTreaty, AReportAfterARejectionIsNewsAgain) {
  const auto timeline = consent_timeline({
      ev("no", "2021", EventType::rejection, {"LY"}),
      ev("report", "2023", EventType::report, {"LY"}),
  });
  EXPECT_EQ(as_of(timeline, "2022"), (Lines{"LY declined no"}));
  EXPECT_EQ(as_of(timeline, "2024"), (Lines{"LY candidate report"}));
}

TEST(ConsentTreaty, SuccessionCarriesThePredecessorsStatusAndDaysOver) {
  const auto timeline = consent_timeline({
      ev("sign", "1992-03-24", EventType::signing, {"CS"}),
      ev("split", "1993-01-01", EventType::succession, {"CZ", "SK"}, succeeding("CS")),
      ev("cz", "2001-10-31", EventType::ratification, {"CZ"}),
      ev("force", "2002-01-01", EventType::entry_into_force, {}),
  });
  EXPECT_EQ(as_of(timeline, "1993-01-01"), (Lines{"CS signatory sign", "CZ signatory split", "SK signatory split"}));
  EXPECT_EQ(days_as_of(timeline, "1993-01-01")[1], "CZ signatory 1993-01-01 1992-03-24/-/-/-");
  EXPECT_EQ(as_of(timeline, "2002"), (Lines{"CS signatory sign", "CZ party force", "SK signatory split"}));
}

TEST(ConsentTreaty, SuccessionFromAStateWithoutStatusGivesNone) {
  const auto timeline = consent_timeline({ev("split", "1993-01-01", EventType::succession, {"CZ"}, succeeding("CS"))});
  EXPECT_EQ(as_of(timeline, "1994"), Lines{});
}

TEST(ConsentTreaty, SuspensionAndEntryIntoForceAgain) {
  const auto timeline = consent_timeline({
      ev("force", "2002-01-01", EventType::entry_into_force, {"RU"}),
      ev("suspend", "2007-12-12", EventType::suspension, {"RU"}),
      ev("back", "2010", EventType::entry_into_force, {"RU"}),
  });
  EXPECT_EQ(as_of(timeline, "2008"), (Lines{"RU suspended suspend"}));
  EXPECT_EQ(as_of(timeline, "2011"), (Lines{"RU party back"}));
}

TEST(SignatureTreaty, ConsentWithEffectiveWaitsForIt) {
  const auto timeline =
      make_timeline({ev("join", "2021-01-06", EventType::accession, {"SD"}, effective_on("2021-02"))});
  EXPECT_EQ(as_of(timeline, "2021-01-31"), (Lines{"SD consented join"}));
  EXPECT_EQ(days_as_of(timeline, "2021-02-01"), (Lines{"SD party 2021-02 -/2021-01-06/2021-02/-"}));
}

TEST(SignatureTreaty, SigningRecordsTheDayInForce) {
  const auto timeline = make_timeline({ev("sign", "2020-09-15", EventType::signing, {"AE"}),
                                       ev("ratify", "2020-10-19", EventType::ratification, {"AE"})});
  EXPECT_EQ(days_as_of(timeline, "2021"), (Lines{"AE party 2020-09-15 2020-09-15/2020-10-19/2020-09-15/-"}));
}

} // namespace
} // namespace accords::engine
