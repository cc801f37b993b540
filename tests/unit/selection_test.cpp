// cli/selection: the dates read, the data loaded, the filter resolved and the events selected,
// with the data's own errors reported before a bad date.
#include "cli/selection.hpp"

#include "cli/exit_status.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace accords::cli {
namespace {

constexpr date::year_month_day today{date::year{2026} / 11 / 26};

constexpr const char* valid_timeline = R"(schema: 1
treaty:
  id: test-pact
  name: Test Pact
events:
  - id: tp-2019-announced
    date: 2019-05-02
    type: announcement
    parties: [NO]
    title: Announced
  - id: tp-2020-signed
    date: 2020-01-15
    type: signing
    parties: [NO, IS]
    title: Signed
  - id: tp-2021-summit
    date: 2021-11-26
    type: summit
    parties: [IS]
    title: Summit
)";

// valid_timeline with an event of a type that does not exist.
const std::string invalid_timeline = std::string(valid_timeline) + "  - id: tp-2022-bad\n"
                                                                   "    date: 2022-01-01\n"
                                                                   "    type: singing\n"
                                                                   "    parties: [NO]\n"
                                                                   "    title: Bad\n";

// A context whose standard input holds `input`, and options that name it (--data -); what is
// printed on standard error is kept.
struct StdinData {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  Context context{
      in, out, err, false, false, 0, [](const char*) { return std::optional<std::string>(); }, [] { return today; },
      {}};
  GlobalOptions global;

  explicit StdinData(const std::string& input) : in(input) { global.data = {"-"}; }
};

// The ids of the events, in their order.
std::vector<std::string> ids_of(const std::vector<const model::Event*>& events) {
  std::vector<std::string> ids;
  for (const auto* event : events) {
    ids.emplace_back(event->id);
  }
  return ids;
}

TEST(Selection, SelectsTheEventsTheFilterMatches) {
  FilterOptions options;
  options.since = "2020";
  options.countries = {"Norway"};
  StdinData data(valid_timeline);
  const Selection selection(options, today, LoadedEvents::all, data.global, data.context);
  EXPECT_EQ(ids_of(selection.events()), std::vector<std::string>{"tp-2020-signed"});
  EXPECT_EQ(selection.filter().countries, std::vector<std::string>{"NO"});
  ASSERT_TRUE(selection.filter().since.has_value());
  EXPECT_EQ(selection.filter().since->text(), "2020");
  EXPECT_EQ(data.err.str(), "");
}

TEST(Selection, LoadsOnlyTheEventsWithinTheDatesWhenAskedTo) {
  FilterOptions options;
  options.until = "2020";
  StdinData within(valid_timeline);
  const Selection kept(options, today, LoadedEvents::within_dates, within.global, within.context);
  StdinData every(valid_timeline);
  const Selection all(options, today, LoadedEvents::all, every.global, every.context);
  EXPECT_EQ(kept.timeline().events().size(), 2U);
  EXPECT_EQ(all.timeline().events().size(), 3U);
  EXPECT_EQ(ids_of(kept.events()), ids_of(all.events()));
  EXPECT_EQ(ids_of(kept.events()), (std::vector<std::string>{"tp-2019-announced", "tp-2020-signed"}));
}

TEST(Selection, DataErrorsComeBeforeABadDate) {
  FilterOptions options;
  options.since = "2021-13";
  for (const auto loaded : {LoadedEvents::within_dates, LoadedEvents::all}) {
    StdinData data(invalid_timeline);
    EXPECT_THROW(Selection(options, today, loaded, data.global, data.context), DataError);
    EXPECT_NE(data.err.str().find("unknown event type 'singing'"), std::string::npos) << data.err.str();
    EXPECT_EQ(data.err.str().find("invalid date"), std::string::npos) << data.err.str();
  }
}

TEST(Selection, ABadDateOfValidDataIsAUsageErrorBeforeABadName) {
  FilterOptions options;
  options.since = "2021-13";
  options.countries = {"Norwy"};
  for (const auto loaded : {LoadedEvents::within_dates, LoadedEvents::all}) {
    StdinData data(valid_timeline);
    try {
      const Selection selection(options, today, loaded, data.global, data.context);
      ADD_FAILURE() << "no UsageError";
    } catch (const UsageError& error) {
      EXPECT_STREQ(error.what(), "invalid date '2021-13' for --since: month 13 does not exist");
    }
    EXPECT_EQ(data.err.str(), "");
  }
}

} // namespace
} // namespace accords::cli
