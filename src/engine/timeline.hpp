#pragma once
// The sorted timeline: every loaded event in the total order of timeline-format.md.

#include "engine/event_sequence.hpp"
#include "model/event.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <deque>
#include <string_view>
#include <vector>

namespace accords::engine {

// True when `a` comes before `b`: by first day, then coarser precision first, then treaty
// id, then load order. A strict total order on events with distinct load indexes.
[[nodiscard]] bool timeline_before(const model::Event& a, const model::Event& b);

// Treaties and events, the events seen in timeline order.
class Timeline {
public:
  // Takes valid, resolved treaties and events (as load::load gives them) with the store
  // their texts are in (empty when they view text that outlives the timeline), and sorts.
  Timeline(std::vector<model::Treaty> treaties, std::deque<model::Event> events, model::TextStore text);
  // Events are pointed to: a timeline is neither copied nor moved.
  Timeline(const Timeline&) = delete;
  Timeline& operator=(const Timeline&) = delete;

  // Every event in timeline order.
  [[nodiscard]] EventSequence events() const { return EventSequence(order_); }
  // Every treaty in load order.
  [[nodiscard]] const std::vector<model::Treaty>& treaties() const { return treaties_; }
  // The treaty whose id or one of whose aliases equals `name` (ASCII case ignored); nullptr if none.
  [[nodiscard]] const model::Treaty* find_treaty(std::string_view name) const;
  // The event with this id; nullptr if none.
  [[nodiscard]] const model::Event* find_event(std::string_view id) const;

private:
  std::vector<model::Treaty> treaties_;
  std::deque<model::Event> events_;        // in load order, never moved once here
  model::TextStore text_;                  // what the events' texts view
  std::vector<const model::Event*> order_; // events_ in timeline order
};

} // namespace accords::engine
