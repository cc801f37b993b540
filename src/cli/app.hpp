#pragma once
// The command line: wires CLI11 to the commands and maps errors to exit statuses.

#include "cli/context.hpp"

namespace accords::cli {

// Parses argv, runs the command and returns the exit status (0, 1 or 2). Prints usage errors
// as "accords: error: MESSAGE" and a hint to --help; never lets an exception escape.
[[nodiscard]] int run(int argc, const char* const* argv, Context& context);

// The whole program on the process's own streams, environment and clock: ignores SIGPIPE,
// runs the command line, and flushes standard output, a failed write being an error (status
// 1) unless the reader went away. Returns the exit status.
[[nodiscard]] int run_process(int argc, const char* const* argv);

} // namespace accords::cli
