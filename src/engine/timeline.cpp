#include "engine/timeline.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <tuple>

namespace accords::engine {

bool timeline_before(const model::Event& a, const model::Event& b) {
  return std::forward_as_tuple(a.date.first_day(), a.date.precision(), a.treaty, a.load_index) <
         std::forward_as_tuple(b.date.first_day(), b.date.precision(), b.treaty, b.load_index);
}

Timeline::Timeline(std::vector<model::Treaty> treaties, std::vector<model::Event> events)
    : treaties_(std::move(treaties)), events_(std::move(events)) {
  // Sorts small keys (the order of timeline_before, worked out once per event) and then
  // puts each event in its place, rather than moving whole events while sorting.
  struct Key {
    date::sys_days first_day;
    model::Precision precision;
    const std::string* treaty;
    std::size_t load_index;
    std::size_t position;
  };
  std::vector<Key> keys;
  keys.reserve(events_.size());
  for (std::size_t position = 0; position < events_.size(); ++position) {
    const auto& event = events_[position];
    keys.push_back({event.date.first_day(), event.date.precision(), &event.treaty, event.load_index, position});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.first_day, a.precision, *a.treaty, a.load_index) <
           std::tie(b.first_day, b.precision, *b.treaty, b.load_index);
  });
  // The event that belongs at `place` is now at source[place]: follow each cycle of that
  // permutation, moving every event once.
  std::vector<std::size_t> source(keys.size());
  for (std::size_t place = 0; place < keys.size(); ++place) {
    source[place] = keys[place].position;
  }
  keys.clear();
  keys.shrink_to_fit();
  for (std::size_t start = 0; start < source.size(); ++start) {
    if (source[start] == start) {
      continue;
    }
    auto held = std::move(events_[start]);
    auto place = start;
    while (source[place] != start) {
      events_[place] = std::move(events_[source[place]]);
      const auto next = source[place];
      source[place] = place;
      place = next;
    }
    events_[place] = std::move(held);
    source[place] = place;
  }
}

const model::Treaty* Timeline::find_treaty(std::string_view name) const {
  for (const auto& treaty : treaties_) {
    if (util::iequals(treaty.id, name) ||
        std::any_of(treaty.aliases.begin(), treaty.aliases.end(),
                    [&](const std::string& alias) { return util::iequals(alias, name); })) {
      return &treaty;
    }
  }
  return nullptr;
}

const model::Event* Timeline::find_event(std::string_view id) const {
  const auto found = std::find_if(events_.begin(), events_.end(), [&](const model::Event& e) { return e.id == id; });
  return found != events_.end() ? &*found : nullptr;
}

} // namespace accords::engine
