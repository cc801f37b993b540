// render/members: the table, tsv and json of `accords members`.
#include "render/members.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using model::Status;
using testing::day_of;
using testing::make_event;
using testing::make_treaty;

// A membership held since `event`'s date, with no days of a path in.
engine::Membership held(std::string party, Status status, const model::Event* event) {
  engine::Membership membership;
  membership.party = std::move(party);
  membership.status = status;
  membership.since = event;
  membership.since_date = event->date;
  return membership;
}

// Two treaties: the first with a member, an announced party and a withdrawn one; the
// second with a party whose code is not in the country table.
struct Fixture {
  std::vector<model::Treaty> treaties{make_treaty("abraham-accords", "Abraham Accords"),
                                      make_treaty("fish", "Fish Pact")};
  model::Event signing = make_event("aa-signing", "2020-09-15", EventType::signing, {"AE", "IL"});
  model::Event announced = make_event("aa-kz", "2025-11", EventType::announcement, {"KZ"});
  model::Event left = make_event("aa-out", "2024", EventType::withdrawal, {"BH"});
  model::Event odd = make_event("fish-odd", "1999-06-14", EventType::report, {"ZZ"});
  std::vector<MembersSection> sections{
      {&treaties[0],
       {held("AE", Status::party, &signing), held("BH", Status::withdrawn, &left), held("IL", Status::party, &signing),
        held("KZ", Status::announced, &announced)}},
      {&treaties[1], {held("ZZ", Status::candidate, &odd)}}};
};

std::string table(const std::vector<MembersSection>& sections, GridOptions options = {},
                  std::string_view day = "2025-12-01") {
  std::ostringstream out;
  write_members_table(out, sections, day_of(day), options);
  return out.str();
}

TEST(MembersTable, HeadingAndAlignedColumnsPerTreatyBlankLineBetween) {
  const Fixture f;
  EXPECT_EQ(table(f.sections), "Abraham Accords (abraham-accords) as of 2025-12-01\n"
                               "party  name                  status     since       event\n"
                               "AE     United Arab Emirates  party      2020-09-15  aa-signing\n"
                               "BH     Bahrain               withdrawn  2024        aa-out\n"
                               "IL     Israel                party      2020-09-15  aa-signing\n"
                               "KZ     Kazakhstan            announced  2025-11     aa-kz\n"
                               "\n"
                               "Fish Pact (fish) as of 2025-12-01\n"
                               "party  name  status     since       event\n"
                               "ZZ     ZZ    candidate  1999-06-14  fish-odd\n");
}

TEST(MembersTable, NoHeader) {
  const Fixture f;
  GridOptions options;
  options.header = false;
  EXPECT_EQ(table({f.sections[1]}, options), "Fish Pact (fish) as of 2025-12-01\n"
                                             "ZZ  ZZ  candidate  1999-06-14  fish-odd\n");
}

TEST(MembersTable, ColoursTheStatusAndBoldsHeadingAndHeader) {
  const Fixture f;
  GridOptions options;
  options.color = true;
  options.header = false;
  MembersSection section{&f.treaties[0], {f.sections[0].memberships[0], f.sections[0].memberships[1]}};
  EXPECT_EQ(table({section}, options), "\x1b[1mAbraham Accords (abraham-accords) as of 2025-12-01\x1b[0m\n"
                                       "AE  United Arab Emirates  \x1b[32mparty\x1b[0m      2020-09-15  aa-signing\n"
                                       "BH  Bahrain               \x1b[31mwithdrawn\x1b[0m  2024        aa-out\n");
}

TEST(MembersTable, EveryStatusHasItsColour) {
  const Fixture f;
  GridOptions options;
  options.color = true;
  options.header = false;
  const std::vector<std::pair<Status, std::string>> expected{{Status::candidate, "\x1b[2m"},
                                                             {Status::announced, "\x1b[33m"},
                                                             {Status::party, "\x1b[32m"},
                                                             {Status::withdrawn, "\x1b[31m"},
                                                             {Status::suspended, "\x1b[31m"}};
  for (const auto& [status, color] : expected) {
    MembersSection section{&f.treaties[1], {held("ZZ", status, &f.odd)}};
    const auto text = table({section}, options);
    const auto name = std::string(model::status_name(status));
    EXPECT_NE(text.find(color + name + "\x1b[0m"), std::string::npos) << text;
  }
}

TEST(MembersTable, SectionWithoutPartiesSaysSo) {
  const Fixture f;
  EXPECT_EQ(table({MembersSection{&f.treaties[1], {}}, f.sections[1]}),
            "Fish Pact (fish) as of 2025-12-01\n"
            "(no parties)\n"
            "\n"
            "Fish Pact (fish) as of 2025-12-01\n"
            "party  name  status     since       event\n"
            "ZZ     ZZ    candidate  1999-06-14  fish-odd\n");
}

TEST(MembersTable, NoSectionsNamesTheDay) { EXPECT_EQ(table({}, {}, "1990-12-31"), "(no parties as of 1990-12-31)\n"); }

TEST(MembersTable, CountryNameThenEventIdGiveWayOnANarrowTerminal) {
  const Fixture f;
  const auto rabat = make_event("aa-2020-12-22-rabat-joint-declaration-signing", "2020-12-22", EventType::signing,
                                {"AE"}); // 45 columns
  GridOptions options;
  options.width = 60;
  MembersSection section{&f.treaties[0], {held("AE", Status::party, &rabat)}};
  // 5 + 20 + 6 + 10 + 45 + 4 * 2 = 94 wide: the name down to 12 (86), the event to 24 (65),
  // the name to 8 (61), the event to 23 (60).
  EXPECT_EQ(table({section}, options), "Abraham Accords (abraham-accords) as of 2025-12-01\n"
                                       "party  name      status  since       event\n"
                                       "AE     United …  party   2020-12-22  aa-2020-12-22-rabat-jo…\n");
}

TEST(MembersTable, HeadingCutsTheNameToKeepTheDayAndTheNameColumnCanShrinkToNothing) {
  const Fixture f;
  GridOptions options;
  options.width = 40;
  MembersSection section{&f.treaties[0], {f.sections[0].memberships[0]}};
  // " (abraham-accords) as of 2025-12-01" takes 35 columns, leaving 5 for the name.
  // 5 + 20 + 6 + 10 + 10 + 4 * 2 = 59 wide: the name down to 12 (51), to 8 (47), to 1 (40);
  // the event id is short enough already.
  EXPECT_EQ(table({section}, options), "Abra… (abraham-accords) as of 2025-12-01\n"
                                       "party  …  status  since       event\n"
                                       "AE     …  party   2020-09-15  aa-signing\n");
}

TEST(MembersTable, HeadingTooNarrowForTheDayIsCutAtTheEnd) {
  const Fixture f;
  GridOptions options;
  options.width = 20;
  EXPECT_EQ(table({MembersSection{&f.treaties[0], {}}}, options), "Abraham Accords (ab…\n"
                                                                  "(no parties)\n");
}

TEST(MembersTsv, OneLinePerMembershipTreatyFirst) {
  const Fixture f;
  std::ostringstream out;
  write_members_tsv(out, f.sections, false);
  EXPECT_EQ(out.str(), "abraham-accords\tAE\tUnited Arab Emirates\tparty\t2020-09-15\taa-signing\t\t\t\t\n"
                       "abraham-accords\tBH\tBahrain\twithdrawn\t2024\taa-out\t\t\t\t\n"
                       "abraham-accords\tIL\tIsrael\tparty\t2020-09-15\taa-signing\t\t\t\t\n"
                       "abraham-accords\tKZ\tKazakhstan\tannounced\t2025-11\taa-kz\t\t\t\t\n"
                       "fish\tZZ\tZZ\tcandidate\t1999-06-14\tfish-odd\t\t\t\t\n");
}

// A party of a consent treaty, its path in given day by day.
engine::Membership path_in(const model::Event* event) {
  auto membership = held("SE", Status::withdrawn, event);
  membership.signed_on = testing::date_of("1992-03-24");
  membership.consented = testing::date_of("2002-02");
  membership.withdrawn = testing::date_of("2021-11-22");
  return membership;
}

TEST(MembersTsv, DaysOfThePathInAfterTheEvent) {
  const Fixture f;
  std::ostringstream out;
  write_members_tsv(out, {MembersSection{&f.treaties[1], {path_in(&f.left)}}}, false);
  EXPECT_EQ(out.str(), "fish\tSE\tSweden\twithdrawn\t2024\taa-out\t1992-03-24\t2002-02\t\t2021-11-22\n");
}

TEST(MembersTable, ShowsTheDaysOfThePathInThatSomePartyHas) {
  const Fixture f;
  EXPECT_EQ(table({MembersSection{&f.treaties[1], {path_in(&f.left), held("ZZ", Status::candidate, &f.odd)}}}),
            "Fish Pact (fish) as of 2025-12-01\n"
            "party  name    status     since       event     signed      consented  withdrawn\n"
            "SE     Sweden  withdrawn  2024        aa-out    1992-03-24  2002-02    2021-11-22\n"
            "ZZ     ZZ      candidate  1999-06-14  fish-odd\n");
}

TEST(MembersJson, DaysOfThePathInAreNullWhenNone) {
  const Fixture f;
  std::ostringstream out;
  write_members_json(out, {MembersSection{&f.treaties[1], {path_in(&f.left)}}});
  EXPECT_NE(out.str().find(R"("event": "aa-out",
    "signed": "1992-03-24",
    "consented": "2002-02",
    "in_force": null,
    "withdrawn": "2021-11-22")"),
            std::string::npos)
      << out.str();
}

TEST(MembersTsv, HeaderAndNothingElseWhenEmpty) {
  const Fixture f;
  std::ostringstream out;
  write_members_tsv(out, {MembersSection{&f.treaties[0], {}}}, true);
  EXPECT_EQ(out.str(), "treaty\tparty\tname\tstatus\tsince\tevent\tsigned\tconsented\tin_force\twithdrawn\n");
}

TEST(MembersJson, ObjectsInSectionOrder) {
  const Fixture f;
  std::ostringstream out;
  write_members_json(out, {MembersSection{&f.treaties[1], f.sections[1].memberships},
                           MembersSection{&f.treaties[0], {f.sections[0].memberships[3]}}});
  EXPECT_EQ(out.str(), R"([
  {
    "treaty": "fish",
    "party": "ZZ",
    "name": "ZZ",
    "status": "candidate",
    "since": "1999-06-14",
    "event": "fish-odd",
    "signed": null,
    "consented": null,
    "in_force": null,
    "withdrawn": null
  },
  {
    "treaty": "abraham-accords",
    "party": "KZ",
    "name": "Kazakhstan",
    "status": "announced",
    "since": "2025-11",
    "event": "aa-kz",
    "signed": null,
    "consented": null,
    "in_force": null,
    "withdrawn": null
  }
]
)");
}

TEST(MembersJson, EmptyArray) {
  std::ostringstream out;
  write_members_json(out, {});
  EXPECT_EQ(out.str(), "[]\n");
}

} // namespace
} // namespace accords::render
