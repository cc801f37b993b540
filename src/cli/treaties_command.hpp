#pragma once
// `accords treaties`: the treaties loaded: id, name, event count, first and last date, parties.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The treaties command.
[[nodiscard]] std::unique_ptr<Command> make_treaties_command();

} // namespace accords::cli
