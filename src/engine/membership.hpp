#pragma once
// The status of every party of a treaty as of a day (timeline-format.md): the events of the
// treaty up to that day, each at its first day, and the consents and withdrawal notices that
// take effect later, at their `effective` day.

#include "engine/timeline.hpp"
#include "model/date.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::engine {

// One party's status, where it comes from, and the days of its path in.
struct Membership {
  std::string party;                           // a party code (ISO alpha-2 or an entity's)
  model::Status status = model::Status::none;  // never Status::none in memberships_as_of
  const model::Event* since = nullptr;         // the event from which it has held the status, never null
  model::PartialDate since_date;               // the day it holds it from: that event's date, or its `effective`
  std::optional<model::PartialDate> signed_on; // its first signing since it last left
  std::optional<model::PartialDate> consented; // its first ratification, acceptance, approval or accession
                                               // since it last left
  std::optional<model::PartialDate> in_force;  // the latest day the treaty entered into force for it
  std::optional<model::PartialDate> withdrawn; // the latest day a withdrawal took effect
};

// Every party of `treaty` (an id) that has a status as of `day`, sorted by party code.
// Mediators get no status; an entity whose `until` is before `day` is left out.
[[nodiscard]] std::vector<Membership> memberships_as_of(const Timeline& timeline, std::string_view treaty,
                                                        date::sys_days day);

} // namespace accords::engine
