#pragma once
// The command line: wires CLI11 to the commands and maps errors to exit statuses.

#include "cli/context.hpp"

namespace accords::cli {

// Parses argv, runs the command and returns the exit status (0, 1 or 2). Prints usage errors
// as "accords: error: MESSAGE" and a hint to --help; never lets an exception escape.
[[nodiscard]] int run(int argc, const char* const* argv, Context& context);

} // namespace accords::cli
