#pragma once
// `accords show`: every field of the named events, sources included.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The show command.
[[nodiscard]] std::unique_ptr<Command> make_show_command();

} // namespace accords::cli
