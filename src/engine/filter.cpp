#include "engine/filter.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <string_view>

namespace accords::engine {
namespace {

template <typename Items, typename T> bool contains(const Items& items, const T& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

bool involves(const model::Event& event, const std::string& code) {
  return contains(event.parties, code) || contains(event.mediators, code);
}

// True when the event involves any of `countries` or every code of any of `joint`.
bool involves_any(const model::Event& event, const std::vector<std::string>& countries,
                  const std::vector<std::vector<std::string>>& joint) {
  const auto involves_code = [&](const std::string& code) { return involves(event, code); };
  return std::any_of(countries.begin(), countries.end(), involves_code) ||
         std::any_of(joint.begin(), joint.end(), [&](const std::vector<std::string>& group) {
           return std::all_of(group.begin(), group.end(), involves_code);
         });
}

bool folded_contains(std::string_view haystack, const std::string& folded_needle) {
  return util::fold_case(haystack).find(folded_needle) != std::string::npos;
}

bool text_matches(const model::Event& event, const std::string& needle) {
  const auto folded = util::fold_case(needle);
  return folded_contains(event.title, folded) || (event.notes && folded_contains(*event.notes, folded)) ||
         (event.place && folded_contains(*event.place, folded));
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
  if ((!countries.empty() || !joint_countries.empty()) && !involves_any(event, countries, joint_countries)) {
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
                              [&](std::string_view own) { return util::iequals(own, tag); });
         });
}

std::optional<model::DayWindow> Filter::days() const {
  if (!since && !until && !on) {
    return std::nullopt;
  }
  model::DayWindow window;
  if (since) {
    window.from = since->first_day();
  }
  if (until) {
    window.to = until->last_day();
  }
  if (on) {
    window.from = std::max(window.from, on->first_day());
    window.to = std::min(window.to, on->last_day());
  }
  return window;
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
