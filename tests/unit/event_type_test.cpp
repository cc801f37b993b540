// model/event_type: the type vocabulary and the status each type gives.
#include "model/event_type.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::model {
namespace {

TEST(EventType, AllTypesInDocumentationOrder) {
  std::vector<std::string> names;
  for (const auto type : all_event_types()) {
    names.emplace_back(event_type_name(type));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"report", "announcement", "rejection", "signing", "accession",
                                             "ratification", "acceptance", "approval", "entry-into-force", "succession",
                                             "withdrawal-notice", "withdrawal", "suspension", "relations", "embassy",
                                             "agreement", "summit", "sanctions", "other"}));
}

TEST(EventType, NamesRoundTrip) {
  for (const auto type : all_event_types()) {
    const auto parsed = parse_event_type(event_type_name(type));
    ASSERT_TRUE(parsed.has_value()) << event_type_name(type);
    EXPECT_EQ(*parsed, type);
  }
  EXPECT_EQ(event_type_name(EventType::entry_into_force), "entry-into-force");
  EXPECT_EQ(parse_event_type("entry-into-force"), EventType::entry_into_force);
}

TEST(EventType, NamesListEveryTypeOnceInOrder) {
  const auto& names = event_type_names();
  ASSERT_EQ(names.size(), all_event_types().size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(names[i], event_type_name(all_event_types()[i])) << i;
    EXPECT_EQ(parse_event_type(names[i]), all_event_types()[i]) << names[i];
  }
  EXPECT_EQ(names.front(), "report");
  EXPECT_EQ(names[8], "entry-into-force");
  EXPECT_EQ(names.back(), "other");
  EXPECT_EQ(&event_type_names(), &names); // made once
}

TEST(EventType, ParseRejectsOtherSpellings) {
  for (const char* name : {"Signing", "SIGNING", "signing ", " signing", "sign", "signature", "entry_into_force",
                           "entry into force", "", "none", "member", "unknown"}) {
    EXPECT_FALSE(parse_event_type(name).has_value()) << "'" << name << "'";
  }
}

TEST(EventType, TheLastSixTypesGiveNoStatus) {
  std::vector<std::string> none;
  for (const auto type : all_event_types()) {
    if (!gives_status(type)) {
      none.emplace_back(event_type_name(type));
    }
  }
  EXPECT_EQ(none, (std::vector<std::string>{"relations", "embassy", "agreement", "summit", "sanctions", "other"}));
}

TEST(EventType, ConsentIsRatificationAcceptanceApprovalOrAccession) {
  std::vector<std::string> consent;
  for (const auto type : all_event_types()) {
    if (expresses_consent(type)) {
      consent.emplace_back(event_type_name(type));
    }
  }
  EXPECT_EQ(consent, (std::vector<std::string>{"accession", "ratification", "acceptance", "approval"}));
}

TEST(Status, Names) {
  EXPECT_EQ(status_name(Status::none), "none");
  EXPECT_EQ(status_name(Status::candidate), "candidate");
  EXPECT_EQ(status_name(Status::announced), "announced");
  EXPECT_EQ(status_name(Status::declined), "declined");
  EXPECT_EQ(status_name(Status::signatory), "signatory");
  EXPECT_EQ(status_name(Status::consented), "consented");
  EXPECT_EQ(status_name(Status::party), "party");
  EXPECT_EQ(status_name(Status::withdrawing), "withdrawing");
  EXPECT_EQ(status_name(Status::withdrawn), "withdrawn");
  EXPECT_EQ(status_name(Status::suspended), "suspended");
}

TEST(Status, AllStatusesLeaveOutNone) {
  const auto statuses = all_statuses();
  EXPECT_EQ(
      std::vector<Status>(statuses.begin(), statuses.end()),
      (std::vector<Status>{Status::candidate, Status::announced, Status::declined, Status::signatory, Status::consented,
                           Status::party, Status::withdrawing, Status::withdrawn, Status::suspended}));
}

TEST(Status, NamesListEveryStatusButNoneInOrder) {
  EXPECT_EQ(status_names(), (std::vector<std::string>{"candidate", "announced", "declined", "signatory", "consented",
                                                      "party", "withdrawing", "withdrawn", "suspended"}));
  for (const auto& name : status_names()) {
    EXPECT_TRUE(parse_status(name).has_value()) << name;
  }
  EXPECT_EQ(&status_names(), &status_names()); // made once
}

TEST(Status, ParseRoundTripsAndRejectsNone) {
  for (const auto status : all_statuses()) {
    EXPECT_EQ(parse_status(status_name(status)), status);
  }
  EXPECT_FALSE(parse_status("none").has_value());
  EXPECT_EQ(parse_status("member"), Status::party); // the name schema 1 gave it
  EXPECT_FALSE(parse_status("Member").has_value());
  EXPECT_FALSE(parse_status("").has_value());
  EXPECT_FALSE(parse_status("members").has_value());
}

} // namespace
} // namespace accords::model
