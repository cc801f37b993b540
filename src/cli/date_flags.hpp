#pragma once
// The DATE arguments of flags: one on its own (--as-of), and the three date flags of a filter
// (--since, --until, --on), resolved together and once, before the data is loaded.

#include "cli/options.hpp"
#include "engine/filter.hpp"
#include "model/date.hpp"
#include "model/day_window.hpp"

#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace accords::cli {

// A DATE argument of `flag`, relative to `today`; throws UsageError when it is not a date.
[[nodiscard]] model::PartialDate resolve_date(std::string_view flag, std::string_view text, date::year_month_day today);

// The date flags of a filter, each resolved once: their dates, or the usage error of the first
// one that is not a date, kept pending so that it is reported after the data's own errors.
class DateFlags {
public:
  // How a flag's text becomes a date: resolve_date's signature and contract.
  using Resolver =
      std::function<model::PartialDate(std::string_view flag, std::string_view text, date::year_month_day today)>;

  // Resolves --since, --until and --on of `options` relative to `today` with `resolve`, in
  // that order, up to the first that is not a date.
  DateFlags(const FilterOptions& options, date::year_month_day today, const Resolver& resolve = resolve_date);

  // The days the dates ask for (see engine::Filter::days), for a load to keep only the events
  // they admit; nullopt when no date flag is given or one is not a date (every event is then
  // loaded, and apply_to reports the date after the data's own errors).
  [[nodiscard]] std::optional<model::DayWindow> days() const;
  // Sets the date conditions of `filter`; throws the pending UsageError when a flag is not a date.
  void apply_to(engine::Filter& filter) const;

private:
  engine::Filter dates_;             // only the date conditions are set
  std::optional<std::string> error_; // the message of the first flag that is not a date
};

} // namespace accords::cli
