#pragma once
// `accords help [COMMAND]`: the help of accords or of one command, as `--help` prints it.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The help command.
[[nodiscard]] std::unique_ptr<Command> make_help_command();

} // namespace accords::cli
