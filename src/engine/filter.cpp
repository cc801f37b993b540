#include "engine/filter.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace accords::engine {
namespace {

template <typename T> bool contains(const std::vector<T>& items, const T& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

bool involves_any(const model::Event& event, const std::vector<std::string>& countries) {
  return std::any_of(countries.begin(), countries.end(), [&](const std::string& code) {
    return contains(event.parties, code) || contains(event.mediators, code);
  });
}

bool text_matches(const model::Event& event, const std::string& needle) {
  return util::icontains(event.title, needle) || (event.notes && util::icontains(*event.notes, needle)) ||
         (event.place && util::icontains(*event.place, needle));
}

} // namespace

bool Filter::matches(const model::Event& event) const {
  const auto interval = event.interval();
  if (since && interval.last < since->first_day()) {
    return false;
  }
  if (until && interval.first > until->last_day()) {
    return false;
  }
  if (on && !interval.overlaps(on->interval())) {
    return false;
  }
  if (!countries.empty() && !involves_any(event, countries)) {
    return false;
  }
  if (!types.empty() && !contains(types, event.type)) {
    return false;
  }
  if (!treaties.empty() && !contains(treaties, event.treaty)) {
    return false;
  }
  if (grep && !text_matches(event, *grep)) {
    return false;
  }
  return tags.empty() || std::any_of(tags.begin(), tags.end(), [&](const std::string& tag) {
           return std::any_of(event.tags.begin(), event.tags.end(),
                              [&](const std::string& own) { return util::iequals(own, tag); });
         });
}

std::vector<const model::Event*> select(const Timeline& timeline, const Filter& filter) {
  std::vector<const model::Event*> out;
  for (const auto& event : timeline.events()) {
    if (filter.matches(event)) {
      out.push_back(&event);
    }
  }
  return out;
}

} // namespace accords::engine
