#pragma once
// Loading sources already opened, as load::load does with the files it opens: each parsed or
// taken from a cache, then linked; and what the tests read of a load.

#include "load/cache/parse_cache.hpp"
#include "load/link.hpp"
#include "load/parse/schema.hpp"
#include "load/parse_sources.hpp"
#include "load/source/source.hpp"
#include "model/day_window.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::testing {

// The timeline `sources` give, through `cache` if any, keeping what `days` admits.
inline load::LoadResult load_sources(const std::vector<load::Source>& sources, const load::ParseCache* cache = nullptr,
                                     const std::optional<model::DayWindow>& days = {}) {
  return load::link(load::parse_sources(sources, cache, days));
}

// Every diagnostic of `result` as printed: sorted, "path:line:col: severity: message".
inline std::vector<std::string> printed(const load::LoadResult& result) {
  std::vector<std::string> out;
  for (const auto& diagnostic : result.diagnostics.sorted()) {
    out.push_back(diagnostic.text());
  }
  return out;
}

// What parsing `bytes`, the file `path`, gives.
inline load::FileReading parsed(std::string_view bytes, const std::shared_ptr<const std::string>& path) {
  load::FileReading reading;
  reading.path = path;
  reading.content = load::parse_file(std::string(bytes), path, reading.diagnostics);
  return reading;
}

} // namespace accords::testing
