#include "engine/date_argument.hpp"

#include <charconv>

namespace accords::engine {
namespace {

// The day `count` months before `day`, clamped to the end of a shorter month (Mar 31 - 1m = Feb 28/29).
date::year_month_day months_before(date::year_month_day day, int count) {
  const date::year_month shifted = date::year_month{day.year(), day.month()} - date::months{count};
  const date::year_month_day candidate{shifted / day.day()};
  return candidate.ok() ? candidate : date::year_month_day{shifted / date::last};
}

} // namespace

std::optional<model::PartialDate> parse_date_argument(std::string_view text, date::year_month_day today,
                                                      std::string* why) {
  std::string unused;
  if (why == nullptr) {
    why = &unused;
  }
  if (text == "today") {
    return model::PartialDate::from_day(today);
  }
  if (text.size() >= 2 && text.find_first_not_of("0123456789") == text.size() - 1) {
    const char unit = text.back();
    int count = 0;
    const auto digits = text.substr(0, text.size() - 1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    const bool known_unit = unit == 'd' || unit == 'w' || unit == 'm' || unit == 'y';
    // The most of each unit that fits in years 0001-9999: more could wrap the date library's
    // 16-bit year into some other date.
    const int most = unit == 'd' ? 9999 * 366 : unit == 'w' ? 9999 * 366 / 7 : unit == 'm' ? 9999 * 12 : 9999;
    if (known_unit && (error != std::errc() || count > most)) {
      *why = "the relative date is too far back";
      return std::nullopt;
    }
    std::optional<date::year_month_day> day;
    if (unit == 'd' || unit == 'w') {
      day = date::year_month_day{date::sys_days{today} - date::days{unit == 'd' ? count : count * 7}};
    } else if (unit == 'm' || unit == 'y') {
      day = months_before(today, unit == 'm' ? count : count * 12);
    }
    if (day) {
      if (!day->ok() || day->year() < date::year{1}) {
        *why = "the relative date is before year 0001";
        return std::nullopt;
      }
      return model::PartialDate::from_day(*day);
    }
  }
  std::string reason;
  auto parsed = model::PartialDate::parse(text, &reason);
  if (!parsed) {
    *why = reason == "expected YYYY, YYYY-MM or YYYY-MM-DD"
               ? "expected YYYY, YYYY-MM, YYYY-MM-DD, 'today' or a count of days, weeks, months or years such as "
                 "30d, 6w, 3m or 5y"
               : reason;
  }
  return parsed;
}

} // namespace accords::engine
