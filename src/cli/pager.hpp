#pragma once
// Long output at a terminal through a pager, as git does: $ACCORDS_PAGER, else $PAGER, else
// `less -FRX` (which prints short output and exits, and passes colours through).

#include <functional>
#include <optional>
#include <string>

namespace accords::cli {

// The pager command to run for `env` (which reads an environment variable): ACCORDS_PAGER, else
// PAGER, else "less -FRX" when `less` is on `path`; nullopt for none, also when the variable
// chosen is empty or "cat".
[[nodiscard]] std::optional<std::string>
pager_command(const std::function<std::optional<std::string>(const char*)>& env);

// Runs `command` with /bin/sh, its standard input a pipe that becomes this process's standard
// output (file descriptor 1), with LESS=FRX in its environment when LESS is unset. Returns false,
// changing nothing, when the pipe or the process cannot be made.
bool start_pager(const std::string& command);

// After the last write to standard output: closes it, so that the pager sees its end, and waits
// for the pager to exit. Does nothing when no pager was started.
void finish_pager();

} // namespace accords::cli
