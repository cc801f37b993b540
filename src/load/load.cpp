#include "load/load.hpp"

#include "load/builtin.hpp"
#include "load/cache/parse_cache.hpp"
#include "load/parse_sources.hpp"
#include "load/source/open.hpp"

#include <algorithm>

namespace accords::load {

Loaded load(const LoadRequest& request) {
  Loaded loaded;
  if (request.paths.empty() && request.sources.empty()) {
    loaded.sources = builtin_sources();
    loaded.result = load_builtin(request.days); // loaded and checked when accords was built
    return loaded;
  }
  auto opened = open_sources(request.paths, *request.standard_input);
  loaded.sources = std::move(opened.sources);
  loaded.unreadable = std::move(opened.errors);
  loaded.skipped = std::move(opened.warnings);
  loaded.sources.insert(loaded.sources.end(), request.sources.begin(), request.sources.end());
  const auto& sources = loaded.sources;
  std::optional<ParseCache> cache;
  if (request.cache_directory &&
      std::any_of(sources.begin(), sources.end(), [](const Source& source) { return source.cacheable; })) {
    cache.emplace(*request.cache_directory);
  }
  loaded.result = link(parse_sources(sources, cache ? &*cache : nullptr, request.days));
  return loaded;
}

} // namespace accords::load
