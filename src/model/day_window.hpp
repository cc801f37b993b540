#pragma once
// The days an event must reach to be wanted, by its dates alone: what --since, --until and
// --on ask together, so that a load can leave out the events no report of them would show.

#include "model/date.hpp"

#include <date/date.h>

namespace accords::model {

// Events that end on or after `from` and start on or before `to` (each bound may be open).
// `from` may come after `to`: an event covering both days still reaches the window.
struct DayWindow {
  date::sys_days from = date::sys_days::min(); // earliest last day an event may have
  date::sys_days to = date::sys_days::max();   // latest first day an event may have

  // True when an event covering `days` is wanted.
  [[nodiscard]] bool admits(const Interval& days) const { return days.last >= from && days.first <= to; }
};

} // namespace accords::model
