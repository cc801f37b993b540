#pragma once
// What `treaties` tells about each loaded treaty: its events, their span and its parties.

#include "engine/timeline.hpp"
#include "model/event.hpp"
#include "model/treaty.hpp"

#include <cstddef>
#include <vector>

namespace accords::engine {

// The events of one treaty, counted and spanned.
struct TreatySummary {
  const model::Treaty* treaty = nullptr; // the treaty, never null
  std::size_t events = 0;                // how many loaded events belong to it
  const model::Event* first = nullptr;   // its first event in timeline order; null when it has none
  const model::Event* last = nullptr;    // its last event in timeline order; null when it has none
  std::size_t parties = 0;               // distinct party codes among its events (mediators not counted)
};

// One summary per loaded treaty, in load order; a treaty without events has a count of 0 and
// no first or last event.
[[nodiscard]] std::vector<TreatySummary> summarize_treaties(const Timeline& timeline);

} // namespace accords::engine
