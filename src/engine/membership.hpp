#pragma once
// The membership status of every party of a treaty as of a day (timeline-format.md).

#include "engine/timeline.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"

#include <date/date.h>

#include <string>
#include <string_view>
#include <vector>

namespace accords::engine {

// One party's status and the event from which it has held it without interruption.
struct Membership {
  std::string party;                   // ISO alpha-2 code
  model::Status status;                // never Status::none
  const model::Event* since = nullptr; // the event that gave the status, never null
};

// The status that follows `current` after an event giving `given`: withdrawn, suspended and
// member replace any status; candidate and announced never lower a higher status in
// candidate < announced < member; Status::none changes nothing.
[[nodiscard]] model::Status next_status(model::Status current, model::Status given);

// Every party of `treaty` that has a status as of `day`, from the treaty's events whose
// first day is on or before `day`, in timeline order; sorted by party code. Mediators get
// no status.
[[nodiscard]] std::vector<Membership> memberships_as_of(const Timeline& timeline, std::string_view treaty,
                                                        date::sys_days day);

} // namespace accords::engine
