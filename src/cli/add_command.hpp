#pragma once
// `accords add FILE`: one new event appended to a timeline file.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The `add` command.
[[nodiscard]] std::unique_ptr<Command> make_add_command();

} // namespace accords::cli
