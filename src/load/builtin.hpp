#pragma once
// The timelines built into the binary (the project's timelines/ folder), embedded at build
// time by tools/gen_builtin.cpp: each file's bytes, and what loading them all gave, in the
// form of file_codec (encode_loaded), so that a run neither parses nor checks them.

#include "load/link.hpp"
#include "load/source/source.hpp"
#include "model/day_window.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace accords::load {

// One embedded file.
struct BuiltinFile {
  std::string_view name;  // "builtin:timelines/<path>"
  std::string_view bytes; // the file's content
};

// Every embedded file, in byte-wise sorted path order (generated).
[[nodiscard]] std::span<const BuiltinFile> builtin_files();
// What loading every embedded file in that order gave, encoded (generated).
[[nodiscard]] std::string_view builtin_loaded();

// The embedded files as sources, for printing diagnostics with their lines.
[[nodiscard]] std::vector<Source> builtin_sources();
// What loading the embedded files gives, keeping the events `days` admits (all without one),
// decoded from builtin_loaded(): no file is parsed or checked.
[[nodiscard]] LoadResult load_builtin(const std::optional<model::DayWindow>& days = {});

} // namespace accords::load
