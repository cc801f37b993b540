#include "cli/date_flags.hpp"

#include "cli/exit_status.hpp"
#include "engine/date_argument.hpp"

#include <fmt/format.h>

namespace accords::cli {

model::PartialDate resolve_date(std::string_view flag, std::string_view text, date::year_month_day today) {
  std::string why;
  if (auto date = engine::parse_date_argument(text, today, &why)) {
    return *date;
  }
  throw UsageError(fmt::format("invalid date '{}' for {}: {}", text, flag, why));
}

DateFlags::DateFlags(const FilterOptions& options, date::year_month_day today, const Resolver& resolve) {
  try {
    if (options.since) {
      dates_.since = resolve("--since", *options.since, today);
    }
    if (options.until) {
      dates_.until = resolve("--until", *options.until, today);
    }
    if (options.on) {
      dates_.on = resolve("--on", *options.on, today);
    }
  } catch (const UsageError& error) {
    error_ = error.what();
  }
}

std::optional<model::DayWindow> DateFlags::days() const {
  if (error_) {
    return std::nullopt;
  }
  return dates_.days();
}

void DateFlags::apply_to(engine::Filter& filter) const {
  if (error_) {
    throw UsageError(*error_);
  }
  filter.since = dates_.since;
  filter.until = dates_.until;
  filter.on = dates_.on;
}

} // namespace accords::cli
