#pragma once
// Turns the filter flags as written into an engine filter, or a usage error.

#include "cli/options.hpp"
#include "engine/filter.hpp"
#include "engine/timeline.hpp"

#include <date/date.h>

#include <optional>
#include <string_view>

namespace accords::cli {

// Resolves dates (relative to `today`), countries (codes or English names), types and
// treaties (ids or aliases of `timeline`). Throws UsageError naming the flag, the value and
// the closest valid names.
[[nodiscard]] engine::Filter resolve_filter(const FilterOptions& options, const engine::Timeline& timeline,
                                            date::year_month_day today);

// The days the date flags ask for (see engine::Filter::days), for a load to keep only the
// events they admit; nullopt when no date flag is given or one is not a date (resolve_filter
// then reports it, after the data's own errors, as when every event is loaded).
[[nodiscard]] std::optional<model::DayWindow> days_to_load(const FilterOptions& options, date::year_month_day today);

// A DATE argument of `flag`, relative to `today`; throws UsageError when it is not a date.
[[nodiscard]] model::PartialDate resolve_date(std::string_view flag, std::string_view text, date::year_month_day today);
// The alpha-2 code of a country given as a code or an English name; throws UsageError.
[[nodiscard]] std::string resolve_country(std::string_view text);
// An event type by name; throws UsageError.
[[nodiscard]] model::EventType resolve_type(std::string_view text);
// The id of a loaded treaty given by id or alias; throws UsageError.
[[nodiscard]] std::string resolve_treaty(std::string_view text, const engine::Timeline& timeline);

} // namespace accords::cli
