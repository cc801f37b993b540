#pragma once
// Running a program and collecting what it writes, with no shell between: its arguments are
// an argv array, so no text in them is ever read as shell syntax.

#include <cstddef>
#include <string>
#include <vector>

namespace accords::cli {

// What a program run by capture_output did.
struct CapturedOutput {
  bool started = false;    // false when it could not be run at all (`error` says why)
  int exit_status = -1;    // its exit status; -1 when it was killed by a signal or not started
  std::string out;         // its standard output, up to the limit given
  std::string err;         // its standard error, up to the limit given
  bool over_limit = false; // it wrote more than the limit to standard output (then it is ended)
  std::string error;       // why it could not be run, e.g. "No such file or directory"
};

// Runs `argv` (argv[0] looked up on $PATH, as execvp does) in the current directory with
// standard input /dev/null, and collects its standard output and standard error until it
// exits. Past `max_output` bytes of either, it is ended (SIGKILL) and `over_limit` is set.
[[nodiscard]] CapturedOutput capture_output(const std::vector<std::string>& argv, std::size_t max_output);

} // namespace accords::cli
