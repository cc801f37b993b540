// render/show: every field of an event, one labelled line each, as `accords show` prints it.
#include "render/show.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;
using testing::make_treaty;

const std::vector<model::Treaty> treaties{make_treaty("accords", "Abraham Accords", {"aa"})};

// An event with every optional field set.
model::Event full_event() {
  EventExtras extras;
  extras.end = "2020-09-16";
  extras.mediators = {"US"};
  extras.title = "Declaration signed at the White House";
  auto event = make_event("aa-signing", "2020-09-15", EventType::signing, {"IL", "AE"}, extras);
  event.place = "White House, Washington";
  event.sources = testing::kept_list({"https://example.org/a", "Gazette, p. 3"});
  event.notes = "First line.\n  Indented second line.\n\nAfter a blank line.\n";
  event.tags = testing::kept_list({"uae", "signing"});
  event.defined_at = model::Location{std::make_shared<const std::string>("data/aa.yaml"), 12, 5};
  return event;
}

std::string show(const std::vector<const model::Event*>& events, bool color = false, bool hyperlinks = false) {
  std::ostringstream out;
  write_event_details(out, events, treaties, {color, hyperlinks});
  return out.str();
}

TEST(Show, HyperlinksMakeWebAddressesClickableAndLeaveCitationsAlone) {
  const auto event = full_event();
  const auto text = show({&event}, false, true);
  EXPECT_NE(text.find("  sources     1. \x1b]8;;https://example.org/a\x1b\\https://example.org/a\x1b]8;;\x1b\\\n"
                      "              2. Gazette, p. 3\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(show({&event}).find("\x1b]8"), std::string::npos);
}

TEST(Show, EveryFieldLabelledAndAligned) {
  const auto event = full_event();
  EXPECT_EQ(show({&event}), "aa-signing\n"
                            "  treaty      Abraham Accords (accords)\n"
                            "  date        2020-09-15\n"
                            "  end         2020-09-16\n"
                            "  type        signing\n"
                            "  parties     IL Israel, AE United Arab Emirates\n"
                            "  mediators   US United States\n"
                            "  title       Declaration signed at the White House\n"
                            "  place       White House, Washington\n"
                            "  tags        uae, signing\n"
                            "  sources     1. https://example.org/a\n"
                            "              2. Gazette, p. 3\n"
                            "  notes       First line.\n"
                            "                Indented second line.\n"
                            "\n"
                            "              After a blank line.\n"
                            "  defined at  data/aa.yaml:12:5\n");
}

TEST(Show, AbsentOptionalFieldsAreLeftOutAndCoarseDatesNameTheirPrecision) {
  auto event = make_event("oman-next", "2020-12", EventType::report, {"OM"});
  event.defined_at = model::Location{std::make_shared<const std::string>("r.yaml"), 3, 5};
  auto year = make_event("year", "2021", EventType::other, {"OM"},
                         EventExtras{"2022-03", "other", {}, 0, "T", std::nullopt, ""});
  year.defined_at = event.defined_at;
  EXPECT_EQ(show({&event, &year}), "oman-next\n"
                                   "  treaty      Abraham Accords (accords)\n"
                                   "  date        2020-12 (month)\n"
                                   "  type        report\n"
                                   "  parties     OM Oman\n"
                                   "  title       Title of oman-next\n"
                                   "  defined at  r.yaml:3:5\n"
                                   "\n"
                                   "year\n"
                                   "  treaty      other\n"
                                   "  date        2021 (year)\n"
                                   "  end         2022-03 (month)\n"
                                   "  type        other\n"
                                   "  parties     OM Oman\n"
                                   "  title       T\n"
                                   "  defined at  r.yaml:3:5\n");
}

TEST(Show, ColourOnlyOnTheHeadingAndTheType) {
  auto event = make_event("w", "2012-02-15", EventType::withdrawal, {"IS"});
  event.defined_at = model::Location{std::make_shared<const std::string>("f.yaml"), 1, 3};
  EXPECT_EQ(show({&event}, true), "\x1b[1mw\x1b[0m\n"
                                  "  treaty      Abraham Accords (accords)\n"
                                  "  date        2012-02-15\n"
                                  "  type        \x1b[31mwithdrawal\x1b[0m\n"
                                  "  parties     IS Iceland\n"
                                  "  title       Title of w\n"
                                  "  defined at  f.yaml:1:3\n");
}

TEST(Show, TenSourcesOrMoreRightAlignTheirNumbers) {
  auto event = make_event("many", "2020", EventType::other, {"IL"});
  std::vector<std::string> sources;
  for (int i = 1; i <= 10; ++i) {
    sources.push_back("s" + std::to_string(i));
  }
  event.sources = testing::kept_list(sources);
  const auto text = show({&event});
  EXPECT_NE(text.find("  sources      1. s1\n"
                      "               2. s2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("               9. s9\n"
                      "              10. s10\n"),
            std::string::npos)
      << text;
}

TEST(Show, MultiLinePlaceStaysAlignedAndEmptyNotesLeaveNoBlanks) {
  auto event = make_event("p", "2020", EventType::other, {"IL"});
  event.place = "Line one\nLine two";
  event.notes = "";
  const auto text = show({&event});
  EXPECT_NE(text.find("  place       Line one\n"
                      "              Line two\n"
                      "  notes\n"),
            std::string::npos)
      << text;
}

TEST(Show, NoEventsWriteNothing) { EXPECT_EQ(show({}), ""); }

} // namespace
} // namespace accords::render
