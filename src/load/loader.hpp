#pragma once
// Loads timeline files into treaties and events, checking everything across files.

#include "load/diagnostic.hpp"
#include "load/parse_cache.hpp"
#include "load/source_bytes.hpp"
#include "model/day_window.hpp"
#include "model/event.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace accords::load {

// The bytes of one timeline file and the name diagnostics give it.
struct SourceText {
  std::string name;       // e.g. "timelines/a.yaml", "builtin:timelines/a.yaml" or "<stdin>"
  SourceBytes bytes;      // the file's content
  bool cacheable = false; // a regular file, whose reading may be kept in a ParseCache
};

// Everything loaded, in load order, with every problem found.
struct LoadResult {
  std::vector<model::Treaty> treaties; // treaties defined, in load order
  std::deque<model::Event> events;     // valid events with resolved treaties, in load order
  Diagnostics diagnostics;             // every error and warning
  model::TextStore text;               // the texts the events view
};

// Parses and checks the files in the order given: syntax, keys, values, then ids unique
// across all files and treaty references that resolve. With a `cache`, the reading of each
// cacheable file of at least ParseCache::min_file_bytes is taken from it when its bytes are
// unchanged, and kept in it otherwise; the result is the same either way. With `days`, only
// the events the window admits are kept, the others' texts never copied from a cache entry;
// every event is checked all the same, so the diagnostics do not change. Never throws on
// bad input.
[[nodiscard]] LoadResult load_sources(const std::vector<SourceText>& sources, const ParseCache* cache = nullptr,
                                      const std::optional<model::DayWindow>& days = {});

} // namespace accords::load
