#pragma once
// Small builders of dates, events and timelines for the unit tests.

#include "engine/timeline.hpp"
#include "model/date.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"
#include "model/treaty.hpp"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace accords::testing {

// The date written as YYYY, YYYY-MM or YYYY-MM-DD; throws (failing the test) when invalid.
inline model::PartialDate date_of(std::string_view text) {
  std::string why;
  auto parsed = model::PartialDate::parse(text, &why);
  if (!parsed) {
    throw std::invalid_argument("bad test date '" + std::string(text) + "': " + why);
  }
  return *parsed;
}

// The first day of the date written as text.
inline date::sys_days day_of(std::string_view text) { return date_of(text).first_day(); }

// Optional fields of make_event.
struct EventExtras {
  std::optional<std::string> end;     // last day, as written
  std::string treaty = "accords";     // treaty id
  std::vector<std::string> mediators; // ISO codes
  std::size_t load_index = 0;         // position in load order
  std::string title;                  // defaults to "Title of <id>"
};

// An event with the fields every event has, and the optional ones from `extras`.
inline model::Event make_event(std::string id, std::string_view date, model::EventType type,
                               std::vector<std::string> parties, EventExtras extras = {}) {
  model::Event event;
  event.title = extras.title.empty() ? "Title of " + id : extras.title;
  event.id = std::move(id);
  event.treaty = std::move(extras.treaty);
  event.date = date_of(date);
  if (extras.end) {
    event.end = date_of(*extras.end);
  }
  event.type = type;
  event.parties = std::move(parties);
  event.mediators = std::move(extras.mediators);
  event.load_index = extras.load_index;
  return event;
}

// A treaty with an id, a name and aliases.
inline model::Treaty make_treaty(std::string id, std::string name, std::vector<std::string> aliases = {}) {
  model::Treaty treaty;
  treaty.id = std::move(id);
  treaty.name = std::move(name);
  treaty.aliases = std::move(aliases);
  return treaty;
}

// The events given load indexes 0, 1, 2... in the order given (unless already set), as a
// timeline with the treaties "accords" and "other".
inline engine::Timeline make_timeline(std::vector<model::Event> events, bool number = true) {
  if (number) {
    for (std::size_t i = 0; i < events.size(); ++i) {
      events[i].load_index = i;
    }
  }
  return engine::Timeline({make_treaty("accords", "Accords"), make_treaty("other", "Other Treaty")}, std::move(events));
}

// The ids of the events, in order.
template <typename Events> std::vector<std::string> ids_of(const Events& events) {
  std::vector<std::string> ids;
  for (const auto& event : events) {
    if constexpr (std::is_pointer_v<std::decay_t<decltype(event)>>) {
      ids.push_back(event->id);
    } else {
      ids.push_back(event.id);
    }
  }
  return ids;
}

} // namespace accords::testing
