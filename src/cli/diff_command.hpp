#pragma once
// `accords diff OLD NEW`: what changed between two versions of a timeline.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The diff command.
[[nodiscard]] std::unique_ptr<Command> make_diff_command();

} // namespace accords::cli
