#pragma once
// What every command needs before it runs: the day it counts from and the loaded timeline.

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "engine/timeline.hpp"
#include "load/load.hpp"
#include "model/day_window.hpp"

#include <date/date.h>

#include <filesystem>
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

// The cache directory named by the environment: $ACCORDS_CACHE_DIR, else
// $XDG_CACHE_HOME/accords, else $HOME/.cache/accords (empty values count as unset, and a
// relative XDG_CACHE_HOME is ignored, as the XDG specification says); nullopt when none is set.
[[nodiscard]] std::optional<std::filesystem::path>
default_cache_directory(const std::optional<std::string>& accords_cache_dir,
                        const std::optional<std::string>& xdg_cache_home, const std::optional<std::string>& home);

// Loads `paths` (files, directories, "-" for `context.in`; none: the built-in timelines)
// through the cache of parsed files the options and environment name (none with
// --no-cache), keeping only the events `days` admits (every event is checked all the same).
// Prints "accords: error: cannot read ..." on `context.err` for each path that cannot be
// read; the diagnostics are the caller's to print.
[[nodiscard]] load::Loaded load_data(const std::vector<std::string>& paths, const GlobalOptions& options,
                                     Context& context, const std::optional<model::DayWindow>& days = {});

// The result of `loaded` once its diagnostics are printed on `context.err`. Throws DataError
// when any path was unreadable or any file invalid.
[[nodiscard]] load::LoadResult checked_result(load::Loaded loaded, Context& context);

// The one file `path` names ("-": standard input), opened as data paths are
// (load::open_sources: its size limits, its messages). Throws RuntimeFailure when it cannot
// be read or is a directory.
[[nodiscard]] load::Source open_one_file(const std::string& path, Context& context);

// Loads the data the options name (--data, else $ACCORDS_PATH, else the built-in timelines),
// printing every diagnostic on `context.err`. Throws DataError when any file is unreadable
// or invalid. With `days`, the timeline holds only the events the window admits (a command
// that shows no other passes its date window, see DateFlags::days); the diagnostics are the same.
[[nodiscard]] engine::Timeline load_timeline(const GlobalOptions& options, Context& context,
                                             const std::optional<model::DayWindow>& days = {});

} // namespace accords::cli
