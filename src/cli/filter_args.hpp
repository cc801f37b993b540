#pragma once
// Turns the filter flags as written into an engine filter, or a usage error.

#include "cli/date_flags.hpp"
#include "cli/options.hpp"
#include "engine/filter.hpp"
#include "engine/timeline.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {

// The filter of `options`: the `dates` resolved from them (throwing their pending UsageError
// first), then countries (codes or English names), types and treaties (ids or aliases of
// `timeline`). Throws UsageError naming the flag, the value and the closest valid names.
[[nodiscard]] engine::Filter resolve_filter(const FilterOptions& options, const DateFlags& dates,
                                            const engine::Timeline& timeline);

// The party code of a country or entity given as a code or a name (model::find_party);
// throws UsageError with the closest names.
[[nodiscard]] std::string resolve_country(std::string_view text);
// The party codes of `-c A+B`: every party joined by '+', each resolved as resolve_country
// (one code when there is no '+'). Throws UsageError, also for an empty side of a '+'.
[[nodiscard]] std::vector<std::string> resolve_joint_countries(std::string_view text);
// An event type by name; throws UsageError.
[[nodiscard]] model::EventType resolve_type(std::string_view text);
// The id of one of `treaties` given by its id or an alias, in any ASCII case; nullopt when
// none is.
[[nodiscard]] std::optional<std::string> find_treaty(std::string_view text, std::span<const model::Treaty> treaties);
// The id of one of `treaties` given by id or alias; throws UsageError with the closest names,
// or saying that there is none to choose from.
[[nodiscard]] std::string resolve_treaty(std::string_view text, std::span<const model::Treaty> treaties);
// The id of a loaded treaty given by id or alias; throws UsageError.
[[nodiscard]] std::string resolve_treaty(std::string_view text, const engine::Timeline& timeline);

} // namespace accords::cli
