#pragma once
// The checks a timeline file's bytes pass before YAML parsing (valid UTF-8, no control
// character YAML forbids, no line over limits::max_line_bytes), and positions in the bytes
// as yaml-cpp counts them.

#include "load/diagnostic.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace accords::load {

// Runs the checks, adding the first problem found to `diagnostics` at its place in `path`;
// true when the bytes pass them all.
[[nodiscard]] bool check_bytes(std::string_view bytes, const std::shared_ptr<const std::string>& path,
                               Diagnostics& diagnostics);

// The length of the UTF-8 byte order mark at the start of `bytes` (0 or 3); yaml-cpp skips
// it and counts positions from the byte after it.
[[nodiscard]] std::size_t bom_length(std::string_view bytes);

// Line `line` (1-based) of `bytes` without its line end, and without the byte order mark on
// line 1, so that yaml-cpp's columns index it; empty when there is no such line.
[[nodiscard]] std::string_view line_text(std::string_view bytes, int line);

} // namespace accords::load
