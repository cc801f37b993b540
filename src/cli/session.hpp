#pragma once
// What every command needs before it runs: the day it counts from and the loaded timeline.

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "engine/timeline.hpp"
#include "load/loader.hpp"
#include "model/day_window.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace accords::cli {

// The day `today` means: --today, else $ACCORDS_TODAY, else the system clock.
// Throws UsageError when the given value is not a YYYY-MM-DD day.
[[nodiscard]] date::year_month_day resolve_today(const GlobalOptions& options, const Context& context);

// Whether to colour standard output: --color, CLICOLOR_FORCE, NO_COLOR, TERM and the terminal.
[[nodiscard]] bool use_color(const GlobalOptions& options, const Context& context);

// The data paths the options name: every --data, else the entries of $ACCORDS_PATH; empty
// means the built-in timelines.
[[nodiscard]] std::vector<std::string> data_paths(const GlobalOptions& options, const Context& context);

// The files read for a set of data paths.
struct ReadSources {
  std::vector<load::SourceText> files; // every file read, in load order
  std::size_t unreadable = 0;          // paths that could not be read (each already reported)
  bool builtin = false;                // the files are the built-in timelines
};

// Reads `paths` (files, directories, "-" for `context.in`), or the built-in timelines when
// `paths` is empty. Prints "accords: error: cannot read ..." on `context.err` for each path
// that cannot be read and goes on with the others.
[[nodiscard]] ReadSources read_sources(const std::vector<std::string>& paths, Context& context);

// The cache of parsed files the options and environment name ($ACCORDS_CACHE_DIR,
// $XDG_CACHE_HOME/accords or ~/.cache/accords); nullopt with --no-cache or when no
// directory can be named.
[[nodiscard]] std::optional<load::ParseCache> parse_cache(const GlobalOptions& options, const Context& context);

// Loads the files read, through the cache the options name, keeping only the events `days`
// admits (every event is checked all the same); the built-in timelines as loading them gave
// at build time.
[[nodiscard]] load::LoadResult load_files(const ReadSources& read, const GlobalOptions& options, const Context& context,
                                          const std::optional<model::DayWindow>& days = {});

// Loads the data the options name (--data, else $ACCORDS_PATH, else the built-in timelines),
// printing every diagnostic on `context.err`. Throws DataError when any file is unreadable
// or invalid. With `days`, the timeline holds only the events the window admits (a command
// that shows no other passes its date filter, see days_to_load); the diagnostics are the same.
[[nodiscard]] engine::Timeline load_timeline(const GlobalOptions& options, Context& context,
                                             const std::optional<model::DayWindow>& days = {});

} // namespace accords::cli
