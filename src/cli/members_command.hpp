#pragma once
// `accords members`: each party of a treaty with its status as of a day.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The members command.
[[nodiscard]] std::unique_ptr<Command> make_members_command();

} // namespace accords::cli
