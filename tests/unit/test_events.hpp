#pragma once
// Small builders of dates, events and timelines for the unit tests.

#include "engine/timeline.hpp"
#include "model/date.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <cstddef>
#include <deque>
#include <initializer_list>
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

// The store test events keep their texts in; it lives as long as the test program.
inline model::TextStore& test_text() {
  static model::TextStore store;
  return store;
}

// A copy of `text` kept for the whole test program, for an event's field.
inline std::string_view kept(std::string_view text) { return test_text().copy(text); }

// Copies of `items` kept for the whole test program, for an event's list field.
inline std::span<const std::string_view> kept_list(const std::vector<std::string>& items) {
  std::vector<std::string_view> views;
  for (const auto& item : items) {
    views.push_back(kept(item));
  }
  return test_text().copy_list(views);
}

// The same, from a braced list of texts.
inline std::span<const std::string_view> kept_list(std::initializer_list<std::string_view> items) {
  return kept_list(std::vector<std::string>(items.begin(), items.end()));
}

// The texts of a list field, for comparing with a vector of strings.
inline std::vector<std::string> strings_of(std::span<const std::string_view> items) {
  return {items.begin(), items.end()};
}

// Optional fields of make_event.
struct EventExtras {
  std::optional<std::string> end;       // last day, as written
  std::string treaty = "accords";       // treaty id
  std::vector<std::string> mediators;   // ISO codes
  std::size_t load_index = 0;           // position in load order
  std::string title;                    // defaults to "Title of <id>"
  std::optional<std::string> effective; // the day a consent or a withdrawal notice takes effect
  std::string from;                     // a succession's predecessor
};

// An event with the fields every event has, and the optional ones from `extras`.
inline model::Event make_event(std::string id, std::string_view date, model::EventType type,
                               std::vector<std::string> parties, EventExtras extras = {}) {
  model::Event event;
  event.title = kept(extras.title.empty() ? "Title of " + id : extras.title);
  event.id = kept(id);
  event.treaty = kept(extras.treaty);
  event.date = date_of(date);
  if (extras.end) {
    event.end = date_of(*extras.end);
  }
  if (extras.effective) {
    event.effective = date_of(*extras.effective);
  }
  event.from = kept(extras.from);
  event.type = type;
  event.parties = kept_list(parties);
  event.mediators = kept_list(extras.mediators);
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

// The events in the container a Timeline takes.
inline std::deque<model::Event> deque_of(const std::vector<model::Event>& events) {
  return {events.begin(), events.end()};
}

// The events given load indexes 0, 1, 2... in the order given (unless already set), as a
// timeline with the treaties "accords" (joined as `joined_by` says) and "other".
inline engine::Timeline make_timeline(std::vector<model::Event> events, bool number = true,
                                      model::JoinedBy joined_by = model::JoinedBy::signature) {
  if (number) {
    for (std::size_t i = 0; i < events.size(); ++i) {
      events[i].load_index = i;
    }
  }
  auto accords = make_treaty("accords", "Accords");
  accords.joined_by = joined_by;
  return engine::Timeline({accords, make_treaty("other", "Other Treaty")}, deque_of(events), {});
}

// The ids of the events, in order.
template <typename Events> std::vector<std::string> ids_of(const Events& events) {
  std::vector<std::string> ids;
  for (const auto& event : events) {
    if constexpr (std::is_pointer_v<std::decay_t<decltype(event)>>) {
      ids.emplace_back(event->id);
    } else {
      ids.emplace_back(event.id);
    }
  }
  return ids;
}

} // namespace accords::testing
