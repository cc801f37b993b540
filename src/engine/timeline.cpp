#include "engine/timeline.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <tuple>

namespace accords::engine {

bool timeline_before(const model::Event& a, const model::Event& b) {
  return std::forward_as_tuple(a.date.first_day(), a.date.precision(), a.treaty, a.load_index) <
         std::forward_as_tuple(b.date.first_day(), b.date.precision(), b.treaty, b.load_index);
}

Timeline::Timeline(std::vector<model::Treaty> treaties, std::deque<model::Event> events, model::TextStore text)
    : treaties_(std::move(treaties)), events_(std::move(events)), text_(std::move(text)) {
  // Sorts small keys (the order of timeline_before, worked out once per event, the treaty
  // id as its rank among the treaty ids); the events themselves stay where they are.
  std::vector<std::string_view> treaty_ids;
  for (const auto& event : events_) {
    if (treaty_ids.empty() || treaty_ids.back() != event.treaty) { // most runs share a treaty
      treaty_ids.push_back(event.treaty);
    }
  }
  std::sort(treaty_ids.begin(), treaty_ids.end());
  treaty_ids.erase(std::unique(treaty_ids.begin(), treaty_ids.end()), treaty_ids.end());
  struct Key {
    date::sys_days first_day;
    model::Precision precision;
    std::size_t treaty_rank;
    std::size_t load_index;
    const model::Event* event;
  };
  std::vector<Key> keys;
  keys.reserve(events_.size());
  std::string_view last_treaty;
  std::size_t last_rank = 0;
  for (const auto& event : events_) {
    if (event.treaty != last_treaty || keys.empty()) {
      last_treaty = event.treaty;
      last_rank = static_cast<std::size_t>(std::lower_bound(treaty_ids.begin(), treaty_ids.end(), last_treaty) -
                                           treaty_ids.begin());
    }
    keys.push_back({event.date.first_day(), event.date.precision(), last_rank, event.load_index, &event});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.first_day, a.precision, a.treaty_rank, a.load_index) <
           std::tie(b.first_day, b.precision, b.treaty_rank, b.load_index);
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
