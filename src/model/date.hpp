#pragma once
// Calendar dates as timeline files write them: a year, a month or a day.

#include <date/date.h>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accords::model {

// How much of a date was written; also the order of ties (coarser first).
enum class Precision : std::uint8_t { year = 0, month = 1, day = 2 };

// The name of a precision as JSON and the docs spell it: "year", "month", "day".
[[nodiscard]] std::string_view precision_name(Precision precision);

// A closed range of days [first, last].
struct Interval {
  date::sys_days first; // first day covered
  date::sys_days last;  // last day covered, never before first
  // True when the two intervals share at least one day.
  [[nodiscard]] bool overlaps(const Interval& other) const { return first <= other.last && other.first <= last; }
  friend bool operator==(const Interval&, const Interval&) = default;
};

// A date of year, month or day precision, e.g. 2020, 2020-09, 2020-09-15.
class PartialDate {
public:
  // 0001-01-01, a placeholder until a parsed date is assigned.
  PartialDate() : start_(date::year{1} / 1 / 1), precision_(Precision::day) {}
  // Parses YYYY, YYYY-MM or YYYY-MM-DD (years 0001-9999, zero-padded, a real calendar
  // date). Returns nullopt for anything else; `why` then holds a one-line reason.
  [[nodiscard]] static std::optional<PartialDate> parse(std::string_view text, std::string* why = nullptr);
  // A day-precision date.
  [[nodiscard]] static PartialDate from_day(date::year_month_day day);

  [[nodiscard]] Precision precision() const { return precision_; }
  [[nodiscard]] date::sys_days first_day() const;
  [[nodiscard]] date::sys_days last_day() const;
  // The interval of days the date covers.
  [[nodiscard]] Interval interval() const { return {first_day(), last_day()}; }
  // The date written back as YYYY, YYYY-MM or YYYY-MM-DD.
  [[nodiscard]] std::string text() const;

  friend bool operator==(const PartialDate&, const PartialDate&) = default;

private:
  PartialDate(date::year_month_day start, Precision precision) : start_(start), precision_(precision) {}
  date::year_month_day start_; // first day covered (day 1 / month 1 where not written)
  Precision precision_;
};

} // namespace accords::model
