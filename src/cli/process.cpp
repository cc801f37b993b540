#include "cli/app.hpp"
#include "cli/exit_status.hpp"
#include "cli/fd_output.hpp"
#include "cli/pager.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <string>
#include <unistd.h>

namespace accords::cli {

int run_process(int argc, const char* const* argv) {
  std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows up as EPIPE from write(2)
  FdOutput out(STDOUT_FILENO);
  auto context = system_context(std::cin, out, std::cerr);
  const int status = run(argc, argv, context);
  const int error = out.finish();
  finish_pager();                     // after the last write: the pager sees the end, and is waited for
  if (error != 0 && error != EPIPE) { // EPIPE: the reader went away, which is no failure
    print_error(std::cerr, std::string("cannot write to standard output: ") + std::strerror(error));
    return static_cast<int>(ExitStatus::failure);
  }
  return status;
}

} // namespace accords::cli
