// engine/date_argument: DATE arguments of the command line.
#include "engine/date_argument.hpp"

#include <gtest/gtest.h>

#include <string>

namespace accords::engine {
namespace {

using namespace date::literals;

constexpr date::year_month_day default_today = 2026_y / date::March / 31;

// "TEXT precision" of the parsed date, or "error: WHY".
std::string parsed(std::string_view text, date::year_month_day today = default_today) {
  std::string why = "no reason given";
  const auto date = parse_date_argument(text, today, &why);
  if (!date) {
    return "error: " + why;
  }
  return date->text() + " " + std::string(model::precision_name(date->precision()));
}

const std::string junk_reason = "error: expected YYYY, YYYY-MM, YYYY-MM-DD, 'today' or a count of days, weeks, "
                                "months or years such as 30d, 6w, 3m or 5y";

TEST(DateArgument, Today) {
  EXPECT_EQ(parsed("today"), "2026-03-31 day");
  EXPECT_EQ(parsed("today", 2020_y / date::February / 29), "2020-02-29 day");
}

TEST(DateArgument, PlainDatesKeepTheirPrecision) {
  EXPECT_EQ(parsed("2020"), "2020 year");
  EXPECT_EQ(parsed("2020-09"), "2020-09 month");
  EXPECT_EQ(parsed("2020-09-15"), "2020-09-15 day");
  EXPECT_EQ(parsed("2030-01-01"), "2030-01-01 day") << "a future date is a date";
}

TEST(DateArgument, InvalidCalendarDatesKeepTheDateReason) {
  EXPECT_EQ(parsed("2021-02-29"), "error: 2021-02 has no day 29");
  EXPECT_EQ(parsed("2020-13"), "error: month 13 does not exist");
  EXPECT_EQ(parsed("0000"), "error: year 0000 is out of range 0001-9999");
}

TEST(DateArgument, Days) {
  EXPECT_EQ(parsed("0d"), "2026-03-31 day");
  EXPECT_EQ(parsed("1d"), "2026-03-30 day");
  EXPECT_EQ(parsed("31d"), "2026-02-28 day");
  EXPECT_EQ(parsed("365d"), "2025-03-31 day");
  EXPECT_EQ(parsed("007d"), "2026-03-24 day");
}

TEST(DateArgument, Weeks) {
  EXPECT_EQ(parsed("0w"), "2026-03-31 day");
  EXPECT_EQ(parsed("1w"), "2026-03-24 day");
  EXPECT_EQ(parsed("6w"), "2026-02-17 day");
}

TEST(DateArgument, MonthsClampToTheEndOfAShorterMonth) {
  EXPECT_EQ(parsed("0m"), "2026-03-31 day");
  EXPECT_EQ(parsed("1m"), "2026-02-28 day");
  EXPECT_EQ(parsed("2m"), "2026-01-31 day");
  EXPECT_EQ(parsed("3m"), "2025-12-31 day");
  EXPECT_EQ(parsed("1m", 2024_y / date::March / 31), "2024-02-29 day");
  EXPECT_EQ(parsed("1m", 2026_y / date::May / 31), "2026-04-30 day");
  EXPECT_EQ(parsed("1m", 2026_y / date::March / 15), "2026-02-15 day");
  EXPECT_EQ(parsed("12m"), "2025-03-31 day");
  EXPECT_EQ(parsed("25m"), "2024-02-29 day");
}

TEST(DateArgument, YearsClampTheLeapDay) {
  EXPECT_EQ(parsed("0y"), "2026-03-31 day");
  EXPECT_EQ(parsed("5y"), "2021-03-31 day");
  EXPECT_EQ(parsed("1y", 2024_y / date::February / 29), "2023-02-28 day");
  EXPECT_EQ(parsed("4y", 2024_y / date::February / 29), "2020-02-29 day");
}

TEST(DateArgument, BackToYearOneButNotBefore) {
  EXPECT_EQ(parsed("2025y"), "0001-03-31 day");
  EXPECT_EQ(parsed("2026y"), "error: the relative date is before year 0001");
  EXPECT_EQ(parsed("1d", 1_y / date::January / 1), "error: the relative date is before year 0001");
  EXPECT_EQ(parsed("0d", 1_y / date::January / 1), "0001-01-01 day");
  EXPECT_EQ(parsed("1m", 1_y / date::January / 31), "error: the relative date is before year 0001");
}

TEST(DateArgument, JunkIsRejectedWithAReason) {
  for (const char* text : {"5x",    "y",         "d",  "-5d",  "+5d",  "5",        "5 d",
                           " 5d",   "5d ",       "5D", "5dd",  "d5",   "tomorrow", "Today",
                           "TODAY", "yesterday", "",   "5.5y", "1e3d", "0x10d",    "2020-09-15T00:00"}) {
    EXPECT_EQ(parsed(text), junk_reason) << "text: '" << text << "'";
  }
}

TEST(DateArgument, HugeCountsAreRejectedWithoutOverflow) {
  // Counts that would wrap an int, or the 16-bit year of the date library, must never come
  // back as some other date.
  for (const char* text :
       {"99999999999999999999d", "99999999999999999999w", "99999999999999999999m", "99999999999999999999y",
        "2147483648d", "2147483647d", "4294967296y", "3659634d", "3659634w", "3659634m", "3659634y", "65536y",
        "131072y", "786432m", "1000000w", "10000y", "120000m", "3653000d", "9999999d"}) {
    const auto result = parsed(text);
    EXPECT_EQ(result.rfind("error: the relative date is ", 0), 0U) << text << " gave " << result;
  }
}

TEST(DateArgument, FarButPossibleCounts) {
  EXPECT_EQ(parsed("9998y", 9999_y / date::December / 31), "0001-12-31 day");
  EXPECT_EQ(parsed("119987m", 9999_y / date::December / 31), "0001-01-31 day");
  EXPECT_EQ(parsed("739705d"), "0001-01-01 day");
  EXPECT_EQ(parsed("739706d"), "error: the relative date is before year 0001");
}

TEST(DateArgument, WhyIsLeftAloneOnSuccess) {
  std::string why = "untouched";
  ASSERT_TRUE(parse_date_argument("5y", default_today, &why).has_value());
  ASSERT_TRUE(parse_date_argument("2020", default_today, &why).has_value());
  EXPECT_EQ(why, "untouched");
}

} // namespace
} // namespace accords::engine
