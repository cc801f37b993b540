// libFuzzer target: any text as a date of a timeline file (PartialDate::parse) and as a DATE
// argument of the command line (engine::parse_date_argument, relative to a fixed today).
// Beyond not crashing, a date that parses must write back as the same date and cover a
// non-empty interval.

#include "engine/date_argument.hpp"
#include "model/date.hpp"

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

// Stops the run (a finding) when a parsed date breaks an invariant.
void check(const accords::model::PartialDate& parsed) {
  if (parsed.first_day() > parsed.last_day()) {
    std::abort();
  }
  const std::optional<accords::model::PartialDate> again = accords::model::PartialDate::parse(parsed.text());
  if (!again || *again != parsed) {
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  constexpr date::year_month_day today{date::year{2026} / 11 / 26};

  std::string why;
  if (const auto parsed = accords::model::PartialDate::parse(text, &why)) {
    check(*parsed);
  } else if (why.empty()) {
    std::abort(); // a rejected date always says why
  }

  why.clear();
  if (const auto argument = accords::engine::parse_date_argument(text, today, &why)) {
    check(*argument);
  } else if (why.empty()) {
    std::abort();
  }
  return 0;
}
