#pragma once
// Loading sources already opened, as load::load does with the files it opens: each parsed or
// taken from a cache, then linked.

#include "load/cache/parse_cache.hpp"
#include "load/link.hpp"
#include "load/parse_sources.hpp"
#include "load/source/source.hpp"
#include "model/day_window.hpp"

#include <optional>
#include <vector>

namespace accords::testing {

// The timeline `sources` give, through `cache` if any, keeping what `days` admits.
inline load::LoadResult load_sources(const std::vector<load::Source>& sources, const load::ParseCache* cache = nullptr,
                                     const std::optional<model::DayWindow>& days = {}) {
  return load::link(load::parse_sources(sources, cache, days));
}

} // namespace accords::testing
