#pragma once
// What every command needs before it runs: the day it counts from and the loaded timeline.

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "engine/timeline.hpp"

#include <date/date.h>

namespace accords::cli {

// The day `today` means: --today, else $ACCORDS_TODAY, else the system clock.
// Throws UsageError when the given value is not a YYYY-MM-DD day.
[[nodiscard]] date::year_month_day resolve_today(const GlobalOptions& options, const Context& context);

// Whether to colour standard output: --color, CLICOLOR_FORCE, NO_COLOR, TERM and the terminal.
[[nodiscard]] bool use_color(const GlobalOptions& options, const Context& context);

// Loads the data the options name (--data, else $ACCORDS_PATH, else the built-in timelines),
// printing every diagnostic on `context.err`. Throws DataError when any file is unreadable
// or invalid.
[[nodiscard]] engine::Timeline load_timeline(const GlobalOptions& options, Context& context);

} // namespace accords::cli
