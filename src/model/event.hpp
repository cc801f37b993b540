#pragma once
// One dated treaty event, as loaded from a timeline file. Its texts are views: they point
// into a TextStore (or into static text), which must outlive the event.

#include "model/date.hpp"
#include "model/event_type.hpp"
#include "model/location.hpp"
#include "model/optional_text.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace accords::model {

// A dated event of a treaty.
struct Event {
  std::string_view id;                         // [a-z0-9][a-z0-9-]*, unique across everything loaded
  std::string_view treaty;                     // id of a loaded treaty
  PartialDate date;                            // as written
  std::optional<PartialDate> end;              // last day of a multi-day event, never before `date`
  std::optional<PartialDate> effective;        // the day a consent or a withdrawal notice takes effect
  EventType type = EventType::other;           // what happened
  std::span<const std::string_view> parties;   // party codes (ISO alpha-2 or an entity's); empty only for
                                               // a treaty's own entry into force
  std::span<const std::string_view> mediators; // party codes of brokers or witnesses
  std::string_view from;                       // a succession's predecessor's code; empty otherwise
  std::string_view title;                      // one line
  OptionalText place;                          // where, if given
  std::span<const std::string_view> sources;   // URLs or citations
  OptionalText notes;                          // free text, may span lines
  std::span<const std::string_view> tags;      // free labels
  Location defined_at;                         // where the event mapping starts
  std::size_t load_index = 0;                  // position in load order (file order, then in file)

  // The days the event covers: its date's interval, extended to `end`'s last day (an `end`
  // inside a month or year `date` never shrinks the event below that month or year).
  [[nodiscard]] Interval interval() const {
    const auto last = date.last_day();
    return {date.first_day(), end && end->last_day() > last ? end->last_day() : last};
  }
};

} // namespace accords::model
