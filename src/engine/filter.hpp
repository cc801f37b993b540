#pragma once
// Which events a command shows: the filters of cli.md, combined with AND.

#include "engine/timeline.hpp"
#include "model/date.hpp"
#include "model/day_window.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"

#include <optional>
#include <string>
#include <vector>

namespace accords::engine {

// Resolved filter values; an empty list or nullopt means "no condition".
struct Filter {
  std::optional<model::PartialDate> since; // interval ends on or after since's first day
  std::optional<model::PartialDate> until; // interval starts on or before until's last day
  std::optional<model::PartialDate> on;    // interval overlaps on's interval
  std::vector<std::string> countries;      // party codes; any of them among parties or mediators
  // Groups of party codes (`-c A+B`), each matched when every code of it is among the parties or
  // mediators; an event passes the country condition when it matches `countries` or any group.
  std::vector<std::vector<std::string>> joint_countries;
  std::vector<model::EventType> types; // any of them
  std::vector<std::string> treaties;   // treaty ids (aliases already resolved); any of them
  std::optional<std::string> grep;     // substring of title, notes or place, Unicode case ignored
  std::vector<std::string> tags;       // any of them

  // True when the event passes every condition.
  [[nodiscard]] bool matches(const model::Event& event) const;
  // The days the date conditions ask for; nullopt when there is none. An event whose
  // interval the window does not admit never matches; one it admits matches when the
  // other conditions hold.
  [[nodiscard]] std::optional<model::DayWindow> days() const;
};

// The events of the timeline that match, in timeline order.
[[nodiscard]] std::vector<const model::Event*> select(const Timeline& timeline, const Filter& filter);

} // namespace accords::engine
