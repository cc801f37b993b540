// model/date: partial dates, their precision, intervals and text.
#include "model/date.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

namespace accords::model {
namespace {

using namespace date::literals;

date::sys_days ymd(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

// The reason parse gives for rejecting text, or "ACCEPTED" when it does not.
std::string rejection(std::string_view text) {
  std::string why = "unset";
  const auto parsed = PartialDate::parse(text, &why);
  return parsed ? "ACCEPTED" : why;
}

constexpr const char* shape_error = "expected YYYY, YYYY-MM or YYYY-MM-DD";

TEST(PrecisionName, NamesEachPrecision) {
  EXPECT_EQ(precision_name(Precision::year), "year");
  EXPECT_EQ(precision_name(Precision::month), "month");
  EXPECT_EQ(precision_name(Precision::day), "day");
}

TEST(PrecisionOrder, CoarserFirst) {
  EXPECT_LT(Precision::year, Precision::month);
  EXPECT_LT(Precision::month, Precision::day);
}

TEST(PartialDateParse, Year) {
  const auto date = PartialDate::parse("2020");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->precision(), Precision::year);
  EXPECT_EQ(date->first_day(), ymd(2020, 1, 1));
  EXPECT_EQ(date->last_day(), ymd(2020, 12, 31));
  EXPECT_EQ(date->text(), "2020");
}

TEST(PartialDateParse, Month) {
  const auto date = PartialDate::parse("2020-09");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->precision(), Precision::month);
  EXPECT_EQ(date->first_day(), ymd(2020, 9, 1));
  EXPECT_EQ(date->last_day(), ymd(2020, 9, 30));
  EXPECT_EQ(date->text(), "2020-09");
}

TEST(PartialDateParse, Day) {
  const auto date = PartialDate::parse("2020-09-15");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->precision(), Precision::day);
  EXPECT_EQ(date->first_day(), ymd(2020, 9, 15));
  EXPECT_EQ(date->last_day(), ymd(2020, 9, 15));
  EXPECT_EQ(date->text(), "2020-09-15");
}

TEST(PartialDateParse, LeavesWhyAloneOnSuccess) {
  std::string why = "untouched";
  EXPECT_TRUE(PartialDate::parse("2020-09-15", &why).has_value());
  EXPECT_EQ(why, "untouched");
}

TEST(PartialDateParse, WhyIsOptional) {
  EXPECT_FALSE(PartialDate::parse("2021-02-29").has_value());
  EXPECT_FALSE(PartialDate::parse("nonsense", nullptr).has_value());
}

TEST(PartialDateParse, RejectsBadShapes) {
  for (const char* text :
       {"2020-1-5",   "20200",      "2020-09-15x", " 2020",           "2020 ", "",      "2020-9",   "2020-09-5",
        "202",        "2020/09/15", "2020-09/15",  "2020_09",         "+2020", "-2020", "２０２０", "2020-0a",
        "2020-09-1a", "20-09-2020", "2020--9-15",  "2020-09-15T00:00"}) {
    EXPECT_EQ(rejection(text), shape_error) << "text: '" << text << "'";
  }
}

TEST(PartialDateParse, RejectsYearZero) {
  EXPECT_EQ(rejection("0000"), "year 0000 is out of range 0001-9999");
  EXPECT_EQ(rejection("0000-01-01"), "year 0000 is out of range 0001-9999");
}

TEST(PartialDateParse, RejectsMonthsOutOfRange) {
  EXPECT_EQ(rejection("2020-13"), "month 13 does not exist");
  EXPECT_EQ(rejection("2020-00"), "month 00 does not exist");
  EXPECT_EQ(rejection("2020-13-01"), "month 13 does not exist");
  EXPECT_EQ(rejection("2020-99-01"), "month 99 does not exist");
}

TEST(PartialDateParse, RejectsDaysThatDoNotExist) {
  EXPECT_EQ(rejection("2021-02-29"), "2021-02 has no day 29");
  EXPECT_EQ(rejection("2020-02-30"), "2020-02 has no day 30");
  EXPECT_EQ(rejection("2020-04-31"), "2020-04 has no day 31");
  EXPECT_EQ(rejection("2020-01-32"), "2020-01 has no day 32");
  EXPECT_EQ(rejection("2020-01-00"), "2020-01 has no day 00");
  EXPECT_EQ(rejection("1900-02-29"), "1900-02 has no day 29");
}

TEST(PartialDateParse, AcceptsLeapDays) {
  EXPECT_EQ(rejection("2024-02-29"), "ACCEPTED");
  EXPECT_EQ(rejection("2000-02-29"), "ACCEPTED");
  EXPECT_EQ(PartialDate::parse("2000-02-29")->first_day(), ymd(2000, 2, 29));
}

TEST(PartialDateParse, AcceptsTheEdgesOfTheRange) {
  const auto first = PartialDate::parse("0001-01-01");
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->first_day(), ymd(1, 1, 1));
  EXPECT_EQ(first->text(), "0001-01-01");

  const auto last = PartialDate::parse("9999-12-31");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->last_day(), ymd(9999, 12, 31));
  EXPECT_EQ(last->text(), "9999-12-31");

  const auto last_year = PartialDate::parse("9999");
  ASSERT_TRUE(last_year.has_value());
  EXPECT_EQ(last_year->last_day(), ymd(9999, 12, 31));
  EXPECT_EQ(PartialDate::parse("0001")->text(), "0001");
}

TEST(PartialDateInterval, MonthEndsOnTheLastDayOfThatMonth) {
  EXPECT_EQ(PartialDate::parse("2020-02")->last_day(), ymd(2020, 2, 29));
  EXPECT_EQ(PartialDate::parse("2021-02")->last_day(), ymd(2021, 2, 28));
  EXPECT_EQ(PartialDate::parse("1900-02")->last_day(), ymd(1900, 2, 28));
  EXPECT_EQ(PartialDate::parse("2021-04")->last_day(), ymd(2021, 4, 30));
  EXPECT_EQ(PartialDate::parse("2021-12")->last_day(), ymd(2021, 12, 31));
}

TEST(PartialDateInterval, IntervalMatchesFirstAndLastDay) {
  EXPECT_EQ(PartialDate::parse("2020")->interval(), (Interval{ymd(2020, 1, 1), ymd(2020, 12, 31)}));
  EXPECT_EQ(PartialDate::parse("2020-09")->interval(), (Interval{ymd(2020, 9, 1), ymd(2020, 9, 30)}));
  EXPECT_EQ(PartialDate::parse("2020-09-15")->interval(), (Interval{ymd(2020, 9, 15), ymd(2020, 9, 15)}));
}

TEST(PartialDateInterval, YearMonthAndDayStartTogether) {
  const auto year = *PartialDate::parse("2020");
  const auto month = *PartialDate::parse("2020-01");
  const auto day = *PartialDate::parse("2020-01-01");
  EXPECT_EQ(year.first_day(), month.first_day());
  EXPECT_EQ(month.first_day(), day.first_day());
  EXPECT_NE(year, month);
  EXPECT_NE(month, day);
  EXPECT_NE(year, day);
}

TEST(IntervalOverlaps, SharedDaysOnly) {
  const Interval september{ymd(2020, 9, 1), ymd(2020, 9, 30)};
  EXPECT_TRUE(september.overlaps({ymd(2020, 9, 30), ymd(2020, 10, 5)}));
  EXPECT_TRUE(september.overlaps({ymd(2020, 8, 1), ymd(2020, 9, 1)}));
  EXPECT_TRUE(september.overlaps({ymd(2020, 9, 10), ymd(2020, 9, 10)}));
  EXPECT_TRUE(september.overlaps({ymd(2020, 1, 1), ymd(2020, 12, 31)}));
  EXPECT_FALSE(september.overlaps({ymd(2020, 10, 1), ymd(2020, 10, 5)}));
  EXPECT_FALSE(september.overlaps({ymd(2020, 8, 1), ymd(2020, 8, 31)}));
}

TEST(PartialDateText, RoundTrips) {
  for (const char* text :
       {"2020", "2020-09", "2020-09-15", "0001", "0042-03", "0999-12-31", "9999-12-31", "2024-02-29", "1900-02"}) {
    const auto date = PartialDate::parse(text);
    ASSERT_TRUE(date.has_value()) << text;
    EXPECT_EQ(date->text(), text);
    EXPECT_EQ(PartialDate::parse(date->text()), date);
  }
}

TEST(PartialDateText, EveryDayOfFourMillenniaReadsAsFormatWritesIt) {
  // Every day from 0001 to 4000 at each precision, against fmt's zero-padded fields.
  for (auto day = ymd(1, 1, 1); day <= ymd(4000, 12, 31); day += date::days{1}) {
    const date::year_month_day parts{day};
    const auto year = static_cast<int>(parts.year());
    const auto month = static_cast<unsigned>(parts.month());
    const auto expected = fmt::format("{:04}-{:02}-{:02}", year, month, static_cast<unsigned>(parts.day()));
    const auto date = PartialDate::from_day(parts);
    ASSERT_EQ(date.text(), expected);
    if (parts.day() == date::day{1}) {
      ASSERT_EQ(PartialDate::parse(expected.substr(0, 7))->text(), expected.substr(0, 7));
      ASSERT_EQ(PartialDate::parse(expected.substr(0, 4))->text(), expected.substr(0, 4));
    }
  }
  EXPECT_EQ(PartialDate::from_day(9999_y / date::December / 31).text(), "9999-12-31");
}

TEST(PartialDateText, DaysNoFileCanWriteStillReadAsFormatWritesThem) {
  // Relative dates can reach them (--since with a large count of years back).
  EXPECT_EQ(PartialDate::from_day(date::year{-5} / date::March / 7).text(), "-005-03-07");
  EXPECT_EQ(PartialDate::from_day(date::year{0} / date::January / 1).text(), "0000-01-01");
  EXPECT_EQ(PartialDate::from_day(date::year{10000} / date::June / 30).text(), "10000-06-30");
  EXPECT_EQ(PartialDate::from_day(date::year{-12345} / date::December / 1).text(), "-12345-12-01");
}

TEST(PartialDateFromDay, GivesADayPrecisionDate) {
  const auto date = PartialDate::from_day(2020_y / date::September / 15);
  EXPECT_EQ(date.precision(), Precision::day);
  EXPECT_EQ(date.text(), "2020-09-15");
  EXPECT_EQ(date, *PartialDate::parse("2020-09-15"));
}

TEST(PartialDateDefault, IsTheFirstDayOfYearOne) {
  const PartialDate date;
  EXPECT_EQ(date.text(), "0001-01-01");
  EXPECT_EQ(date.precision(), Precision::day);
  EXPECT_EQ(date.first_day(), ymd(1, 1, 1));
}

} // namespace
} // namespace accords::model
