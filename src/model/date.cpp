#include "model/date.hpp"

#include <fmt/format.h>

namespace accords::model {
namespace {

// Reads exactly `count` ASCII digits at `pos`; nullopt if any is missing or not a digit.
std::optional<unsigned> digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) {
    return std::nullopt;
  }
  unsigned value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return std::nullopt;
    }
    value = value * 10 + static_cast<unsigned>(text[i] - '0');
  }
  return value;
}

std::optional<PartialDate> fail(std::string* why, std::string reason) {
  if (why != nullptr) {
    *why = std::move(reason);
  }
  return std::nullopt;
}

} // namespace

std::string_view precision_name(Precision precision) {
  switch (precision) {
  case Precision::year:
    return "year";
  case Precision::month:
    return "month";
  case Precision::day:
    return "day";
  }
  return "day";
}

std::optional<PartialDate> PartialDate::parse(std::string_view text, std::string* why) {
  const bool shape_ok = (text.size() == 4 || text.size() == 7 || text.size() == 10) &&
                        (text.size() < 7 || text[4] == '-') && (text.size() < 10 || text[7] == '-');
  const auto year = digits(text, 0, 4);
  const auto month = text.size() >= 7 ? digits(text, 5, 2) : std::optional<unsigned>(1);
  const auto day = text.size() == 10 ? digits(text, 8, 2) : std::optional<unsigned>(1);
  if (!shape_ok || !year || !month || !day) {
    return fail(why, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (*year == 0) {
    return fail(why, "year 0000 is out of range 0001-9999");
  }
  if (*month < 1 || *month > 12) {
    return fail(why, fmt::format("month {:02} does not exist", *month));
  }
  const date::year_month_day ymd{date::year{static_cast<int>(*year)}, date::month{*month}, date::day{*day}};
  if (!ymd.ok()) {
    return fail(why, fmt::format("{:04}-{:02} has no day {:02}", *year, *month, *day));
  }
  const auto precision = text.size() == 4 ? Precision::year : text.size() == 7 ? Precision::month : Precision::day;
  return PartialDate(ymd, precision);
}

PartialDate PartialDate::from_day(date::year_month_day day) { return PartialDate(day, Precision::day); }

date::sys_days PartialDate::first_day() const { return date::sys_days{start_}; }

date::sys_days PartialDate::last_day() const {
  switch (precision_) {
  case Precision::year:
    return date::sys_days{start_.year() / date::December / 31};
  case Precision::month:
    return date::sys_days{start_.year() / start_.month() / date::last};
  case Precision::day:
    break;
  }
  return date::sys_days{start_};
}

std::string PartialDate::text() const {
  const int year = static_cast<int>(start_.year());
  // Digits by hand, fmt's zero-padding only for a field longer than its width (years before
  // 0001 or after 9999, which relative dates can reach): formatting each date through fmt
  // was much of the time writing a list of them took.
  const auto digit = [](unsigned value) { return static_cast<char>('0' + value % 10); };
  const auto two_digits = [&](unsigned value) {
    return value <= 99 ? std::string{digit(value / 10), digit(value)} : fmt::format("{:02}", value);
  };
  const auto digits = static_cast<unsigned>(year);
  std::string text = year >= 0 && year <= 9999
                         ? std::string{digit(digits / 1000), digit(digits / 100), digit(digits / 10), digit(digits)}
                         : fmt::format("{:04}", year);
  if (precision_ != Precision::year) {
    text += '-';
    text += two_digits(static_cast<unsigned>(start_.month()));
  }
  if (precision_ == Precision::day) {
    text += '-';
    text += two_digits(static_cast<unsigned>(start_.day()));
  }
  return text;
}

} // namespace accords::model
