#pragma once
// Running another program with text on its standard input and reading what it prints.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {

// How a program ended and what it printed on standard output.
struct ProgramResult {
  int status = 0;  // its exit status; 128 + the signal when a signal ended it
  std::string out; // its standard output
};

// Runs `argv` (argv[0] looked up in $PATH, no shell) with `input` on its standard input and
// its standard error shared with ours; nullopt when it cannot be started.
[[nodiscard]] std::optional<ProgramResult> run_program(const std::vector<std::string>& argv, std::string_view input);

} // namespace accords::cli
