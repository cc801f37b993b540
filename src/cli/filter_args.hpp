#pragma once
// Turns the filter flags as written into an engine filter, or a usage error.

#include "cli/date_flags.hpp"
#include "cli/options.hpp"
#include "engine/filter.hpp"
#include "engine/timeline.hpp"

#include <string>
#include <string_view>

namespace accords::cli {

// The filter of `options`: the `dates` resolved from them (throwing their pending UsageError
// first), then countries (codes or English names), types and treaties (ids or aliases of
// `timeline`). Throws UsageError naming the flag, the value and the closest valid names.
[[nodiscard]] engine::Filter resolve_filter(const FilterOptions& options, const DateFlags& dates,
                                            const engine::Timeline& timeline);

// The alpha-2 code of a country given as a code or an English name; throws UsageError.
[[nodiscard]] std::string resolve_country(std::string_view text);
// An event type by name; throws UsageError.
[[nodiscard]] model::EventType resolve_type(std::string_view text);
// The id of a loaded treaty given by id or alias; throws UsageError.
[[nodiscard]] std::string resolve_treaty(std::string_view text, const engine::Timeline& timeline);

} // namespace accords::cli
