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
  // Sorts small keys (the order of timeline_before, worked out once per event); the events
  // themselves stay where they are.
  struct Key {
    date::sys_days first_day;
    model::Precision precision;
    const model::Event* event;
  };
  std::vector<Key> keys;
  keys.reserve(events_.size());
  for (const auto& event : events_) {
    keys.push_back({event.date.first_day(), event.date.precision(), &event});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.first_day, a.precision, a.event->treaty, a.event->load_index) <
           std::tie(b.first_day, b.precision, b.event->treaty, b.event->load_index);
  });
  order_.reserve(keys.size());
  for (const auto& key : keys) {
    order_.push_back(key.event);
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
  return found != events_.end() ? &*found : nullptr; // ids are unique: any order finds the same
}

} // namespace accords::engine
