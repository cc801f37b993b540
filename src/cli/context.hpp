#pragma once
// The program's seams with the world, passed to every command: streams, the terminal,
// the environment and the clock, so that tests can replace each of them.

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include <date/date.h>

namespace accords::cli {

// What the program talks to.
struct Context {
  std::istream& in;                                           // standard input (for --data -)
  std::ostream& out;                                          // standard output
  std::ostream& err;                                          // standard error
  bool out_is_terminal = false;                               // standard output is a terminal
  bool err_is_terminal = false;                               // standard error is a terminal
  std::size_t terminal_width = 0;                             // columns of the terminal on stdout (0: unknown)
  std::function<std::optional<std::string>(const char*)> env; // reads an environment variable
  std::function<date::year_month_day()> system_today;  // today by the system clock (local time), asked only when needed
  std::function<bool(const std::string&)> start_pager; // sends `out` through this pager command; empty: no pager
  bool in_is_terminal = false;                         // standard input is a terminal (add asks for fields)
};

// The real context: fd 0/1/2 as given, isatty, ioctl/COLUMNS, getenv and the local clock.
[[nodiscard]] Context system_context(std::istream& in, std::ostream& out, std::ostream& err);

} // namespace accords::cli
