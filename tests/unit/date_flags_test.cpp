// cli/date_flags: the date flags of a filter, read once, with the error of a bad one kept
// until the filter is resolved.
#include "cli/date_flags.hpp"

#include "cli/exit_status.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::cli {
namespace {

constexpr date::year_month_day today{date::year{2026} / 11 / 26};

// resolve_date, noting each flag it is asked for.
struct CountingResolver {
  std::vector<std::string> asked; // "--since 2020", in the order asked

  DateFlags::Resolver resolver() {
    return [this](std::string_view flag, std::string_view text, date::year_month_day day) {
      asked.push_back(std::string(flag) + " " + std::string(text));
      return resolve_date(flag, text, day);
    };
  }
};

model::PartialDate date_of(std::string_view text) { return *model::PartialDate::parse(text); }

TEST(DateFlags, ReadsEachFlagOnceHoweverOftenItsDatesAreUsed) {
  FilterOptions options;
  options.since = "2020";
  options.until = "2021-06";
  options.on = "2021";
  CountingResolver counting;
  const DateFlags dates(options, today, counting.resolver());
  EXPECT_EQ(counting.asked, (std::vector<std::string>{"--since 2020", "--until 2021-06", "--on 2021"}));
  for (int i = 0; i < 2; ++i) {
    (void)dates.days();
    engine::Filter filter;
    dates.apply_to(filter);
    EXPECT_EQ(filter.since, date_of("2020"));
    EXPECT_EQ(filter.until, date_of("2021-06"));
    EXPECT_EQ(filter.on, date_of("2021"));
  }
  EXPECT_EQ(counting.asked.size(), 3U);
}

TEST(DateFlags, DaysAreTheWindowTheDatesAskFor) {
  FilterOptions options;
  options.since = "2020-03";
  options.until = "2021";
  const auto days = DateFlags(options, today).days();
  ASSERT_TRUE(days.has_value());
  EXPECT_EQ(days->from, date::sys_days{date::year{2020} / 3 / 1});
  EXPECT_EQ(days->to, date::sys_days{date::year{2021} / 12 / 31});
  options.on = "2021-02";
  const auto narrowed = DateFlags(options, today).days();
  ASSERT_TRUE(narrowed.has_value());
  EXPECT_EQ(narrowed->from, date::sys_days{date::year{2021} / 2 / 1});
  EXPECT_EQ(narrowed->to, date::sys_days{date::year{2021} / 2 / 28});
}

TEST(DateFlags, RelativeDatesCountFromToday) {
  FilterOptions options;
  options.since = "30d";
  engine::Filter filter;
  DateFlags(options, today).apply_to(filter);
  EXPECT_EQ(filter.since, model::PartialDate::from_day(date::year{2026} / 10 / 27));
}

TEST(DateFlags, NoFlagsAskForNoDays) {
  const DateFlags dates(FilterOptions{}, today);
  EXPECT_FALSE(dates.days().has_value());
  engine::Filter filter;
  dates.apply_to(filter);
  EXPECT_FALSE(filter.since || filter.until || filter.on);
}

TEST(DateFlags, TheFirstBadDateIsThrownWhenTheFilterIsResolvedNotBefore) {
  FilterOptions options;
  options.since = "2020";
  options.until = "2021-13";
  options.on = "nope";
  CountingResolver counting;
  const DateFlags dates(options, today, counting.resolver()); // does not throw
  EXPECT_EQ(counting.asked, (std::vector<std::string>{"--since 2020", "--until 2021-13"}));
  EXPECT_FALSE(dates.days().has_value()); // every event is loaded
  engine::Filter filter;
  try {
    dates.apply_to(filter);
    ADD_FAILURE() << "no UsageError";
  } catch (const UsageError& error) {
    EXPECT_STREQ(error.what(), "invalid date '2021-13' for --until: month 13 does not exist");
  }
  EXPECT_THROW(dates.apply_to(filter), UsageError); // every time
  EXPECT_EQ(counting.asked.size(), 2U);
}

} // namespace
} // namespace accords::cli
