#pragma once
// Loading the built-in timelines: what loading their files gave at build time.

#include "load/loader.hpp"
#include "model/day_window.hpp"

#include <optional>

namespace accords::load {

// What load_sources(builtin_sources(), nullptr, days) gives, read from the tables made at
// build time: no file is parsed or checked, and the events' texts are the binary's own.
[[nodiscard]] LoadResult load_builtin(const std::optional<model::DayWindow>& days = {});

} // namespace accords::load
