// cli/date_flags: the date flags of a filter, read once, with the error of a bad one kept
// until the filter is resolved.
#include "cli/date_flags.hpp"

#include "cli/exit_status.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// Filter flags with the date flags given these texts.
FilterOptions date_flags(std::optional<std::string> since, std::optional<std::string> until = {},
                         std::optional<std::string> on = {}) {
  FilterOptions options;
  options.since = std::move(since);
  options.until = std::move(until);
  options.on = std::move(on);
  return options;
}

TEST(DateFlags, ReadsEachFlagOnceHoweverOftenItsDatesAreUsed) {
  CountingResolver counting;
  const DateFlags dates(date_flags("2020", "2021-06", "2021"), today, counting.resolver());
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
  const auto days = DateFlags(date_flags("2020-03", "2021"), today).days();
  ASSERT_TRUE(days.has_value());
  EXPECT_EQ(days->from, date::sys_days{date::year{2020} / 3 / 1});
  EXPECT_EQ(days->to, date::sys_days{date::year{2021} / 12 / 31});
  const auto narrowed = DateFlags(date_flags("2020-03", "2021", "2021-02"), today).days();
  ASSERT_TRUE(narrowed.has_value());
  EXPECT_EQ(narrowed->from, date::sys_days{date::year{2021} / 2 / 1});
  EXPECT_EQ(narrowed->to, date::sys_days{date::year{2021} / 2 / 28});
}

TEST(DateFlags, RelativeDatesCountFromToday) {
  engine::Filter filter;
  DateFlags(date_flags("30d"), today).apply_to(filter);
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
  CountingResolver counting;
  const DateFlags dates(date_flags("2020", "2021-13", "nope"), today, counting.resolver()); // does not throw
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
