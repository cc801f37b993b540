#pragma once
// `accords check`: validates timeline files and prints every problem.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The check command.
[[nodiscard]] std::unique_ptr<Command> make_check_command();

} // namespace accords::cli
