// load/lint: the warnings `accords check` adds to loaded data (events without sources, an end
// more than a year after the date, treaties without events, and the warnings of the treaty model), each
// at its place, and the data each of them leaves alone.
#include "load/lint.hpp"

#include "load_sources.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace accords::load {
namespace {

using testing::load_sources;
using testing::printed;

using Messages = std::vector<std::string>;

// The files loaded, then linted; the diagnostics as printed.
Messages lint_of(const std::vector<Source>& sources) {
  auto result = load_sources(sources);
  lint(result);
  return printed(result);
}

constexpr std::string_view with_sources = "    sources: [https://example.org]\n";

// An event mapping at two spaces of indentation: five lines, then `extra` (by default one
// line of sources, so that only what a test is about is warned).
std::string event(std::string_view id, std::string_view date, std::string_view type, std::string_view parties,
                  std::string_view extra = with_sources) {
  return "  - id: " + std::string(id) + "\n    date: " + std::string(date) + "\n    type: " + std::string(type) +
         "\n    parties: [" + std::string(parties) + "]\n    title: x\n" + std::string(extra);
}

// A file defining treaty `t` whose events start on line 3.
std::string treaty_file(std::string_view events, std::string_view id = "t") {
  return "treaty: {id: " + std::string(id) + ", name: T}\nevents:\n" + std::string(events);
}

// ---- clean data ----------------------------------------------------------------------------

TEST(Lint, CleanDataHasNoWarnings) {
  EXPECT_EQ(lint_of({{"a.yaml",
                      treaty_file(event("e1", "2020-09-15", "signing", "IL, AE") +
                                  event("e2", "2020-10", "report", "OM") + event("e3", "2021", "accession", "OM"))}}),
            Messages{});
}

TEST(Lint, WarningsAreNotErrors) {
  auto result = load_sources({{"a.yaml", treaty_file(event("e1", "2020", "signing", "IL", ""))}});
  lint(result);
  EXPECT_EQ(result.diagnostics.all().size(), 1U);
  EXPECT_FALSE(result.diagnostics.has_errors());
  EXPECT_EQ(result.events.size(), 1U); // lint never removes anything
}

// ---- events without sources ----------------------------------------------------------------

TEST(Lint, EventWithoutSourcesIsWarnedAtTheEvent) {
  EXPECT_EQ(
      lint_of({{"a.yaml", treaty_file(event("e1", "2020", "signing", "IL") +     // lines 3-8
                                      event("e2", "2021", "signing", "IL", "") + // lines 9-13
                                      event("e3", "2022", "signing", "IL", "    sources: []\n"))}}),
      (Messages{"a.yaml:9:5: warning: event 'e2' has no sources", "a.yaml:14:5: warning: event 'e3' has no sources"}));
}

TEST(Lint, EventWithSourcesIsNotWarned) {
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020", "signing", "IL",
                                                  "    sources:\n      - https://example.org/one\n"))}}),
            Messages{});
}

// ---- end more than a year after the date ---------------------------------------------------

TEST(Lint, EndMoreThanAYearAfterTheDateIsWarnedAtTheEvent) {
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020-03-01", "summit", "IL", "    end: 2021-03-02\n"))}}),
            (Messages{"a.yaml:3:5: warning: event 'e1' has no sources",
                      "a.yaml:3:5: warning: end 2021-03-02 of event 'e1' is more than a year after its date "
                      "2020-03-01"}));
}

TEST(Lint, EndExactlyOneYearLaterIsNotWarned) {
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020-03-01", "summit", "IL",
                                                  std::string(with_sources) + "    end: 2021-03-01\n"))}}),
            Messages{});
}

TEST(Lint, MultiDayEventWithinAYearIsNotWarned) {
  EXPECT_EQ(
      lint_of(
          {{"a.yaml",
            treaty_file(event("e1", "2010-09-29", "summit", "IL", std::string(with_sources) + "    end: 2010-10-02\n") +
                        event("e2", "2020-03", "summit", "IL", std::string(with_sources) + "    end: 2021-02\n"))}}),
      Messages{});
}

TEST(Lint, EndOfAYearDateCountsEveryDayItCovers) {
  // 2020 to 2021 covers two whole years: the end's last day is after 2021-01-01.
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020", "summit", "IL",
                                                  std::string(with_sources) + "    end: 2021\n"))}}),
            Messages{"a.yaml:3:5: warning: end 2021 of event 'e1' is more than a year after its date 2020 (the "
                     "event covers 2020-01-01 to 2021-12-31)"});
}

TEST(Lint, OneYearAfterTheTwentyNinthOfFebruaryIsTheFirstOfMarch) {
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020-02-29", "summit", "IL",
                                                  std::string(with_sources) + "    end: 2021-03-01\n") +
                                            event("e2", "2020-02-29", "summit", "IL",
                                                  std::string(with_sources) + "    end: 2021-03-02\n"))}}),
            Messages{"a.yaml:10:5: warning: end 2021-03-02 of event 'e2' is more than a year after its date "
                     "2020-02-29"});
}

// ---- treaties without events ---------------------------------------------------------------

TEST(Lint, TreatyWithoutEventsIsWarnedAtItsDefinition) {
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020", "signing", "IL"))},
                     {"b.yaml", "schema: 1\ntreaty:\n  id: lonely\n  name: Lonely\n"}}),
            Messages{"b.yaml:3:3: warning: treaty 'lonely' has no events"});
}

TEST(Lint, TreatyWithOneEventInAnotherFileIsNotWarned) {
  EXPECT_EQ(lint_of({{"a.yaml", "treaty: {id: t, name: T}\n"},
                     {"b.yaml", "treaty: t\nevents:\n" + event("e1", "2020", "signing", "IL")}}),
            Messages{});
}

TEST(Lint, TreatyWhoseOnlyEventNamesItByItsOwnKeyIsNotWarned) {
  EXPECT_EQ(lint_of({{"a.yaml", "treaty: {id: t, name: T}\n"},
                     {"b.yaml", treaty_file(event("e1", "2020", "signing", "IL",
                                                  "    treaty: t\n    sources: [https://example.org/s]\n") +
                                                event("e2", "2020", "signing", "IL"),
                                            "u")}}),
            Messages{});
}

// ---- parties only ever reported ------------------------------------------------------------

TEST(Lint, APartyOnlyEverReportedIsACandidateAndNoCauseForAWarning) {
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2021-10-05", "report", "OM") +
                                            event("e2", "2020-10", "report", "OM, QA"))}}),
            Messages{});
}

// ---- with errors ---------------------------------------------------------------------------

TEST(Lint, TreatyWideWarningsWaitUntilThereAreNoErrors) {
  // b.yaml's broken event might have been t's signing by OM, or lonely's only event: only
  // the warnings about single events are given.
  EXPECT_EQ(lint_of({{"a.yaml", treaty_file(event("e1", "2020", "report", "OM", ""))},
                     {"b.yaml", "treaty: t\nevents:\n" + event("e2", "2021", "signed", "OM")},
                     {"c.yaml", "treaty: {id: lonely, name: Lonely}\n"}}),
            (Messages{"a.yaml:3:5: warning: event 'e1' has no sources",
                      "b.yaml:5:11: error: unknown event type 'signed' (did you mean 'signing'?)"}));
}

} // namespace
} // namespace accords::load
