#pragma once
// The checks across files, which make one loaded timeline of the files' readings: ids
// unique across all files, treaty references that resolve, entities defined once and party
// codes that name one, the limit on events.

#include "load/diagnostic.hpp"
#include "load/file_content.hpp"
#include "model/entity.hpp"
#include "model/event.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <deque>
#include <vector>

namespace accords::load {

// Everything loaded, in load order, with every problem found.
struct LoadResult {
  std::vector<model::Entity> entities; // entities defined, each once, in load order
  std::vector<model::Treaty> treaties; // treaties defined, in load order
  std::deque<model::Event> events;     // valid events with resolved treaties, in load order
  Diagnostics diagnostics;             // every error and warning
  model::TextStore text;               // the texts the events view
};

// Links the readings of files, given in load order: their diagnostics, in that order, then
// those of the checks across files, which go over every event each file holds, kept or not,
// so that the diagnostics never depend on which events a load keeps. The events kept get
// their treaty (their own `treaty` key, else their file's) and their place in load order.
[[nodiscard]] LoadResult link(std::vector<FileReading>&& readings);

} // namespace accords::load
