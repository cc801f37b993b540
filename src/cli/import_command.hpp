#pragma once
// `accords import csv FILE`: a CSV table of events made a timeline file.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The `import` command.
[[nodiscard]] std::unique_ptr<Command> make_import_command();

} // namespace accords::cli
