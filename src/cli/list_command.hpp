#pragma once
// `accords list`: events in timeline order, filtered, in one of the output formats.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The list command.
[[nodiscard]] std::unique_ptr<Command> make_list_command();

} // namespace accords::cli
