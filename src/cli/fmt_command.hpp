#pragma once
// `accords fmt [PATH...]`: timeline files rewritten in one canonical layout.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The `fmt` command.
[[nodiscard]] std::unique_ptr<Command> make_fmt_command();

} // namespace accords::cli
