#pragma once
// `accords chart`: a picture of the filtered timeline (terminal or SVG).

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The chart command.
[[nodiscard]] std::unique_ptr<Command> make_chart_command();

} // namespace accords::cli
