// accords: the executable only wires the real streams and environment to the library.
#include "cli/app.hpp"
#include "cli/fd_output.hpp"
#include "util/mapped_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows up as EPIPE from write(2)
  accords::util::report_files_shrunk_while_read();
  accords::cli::FdOutput out(STDOUT_FILENO);
  auto context = accords::cli::system_context(std::cin, out, std::cerr);
  const int status = accords::cli::run(argc, argv, context);
  const int error = out.finish();
  if (error != 0 && error != EPIPE) { // EPIPE: the reader went away, which is no failure
    std::cerr << "accords: error: cannot write to standard output: " << std::strerror(error) << '\n';
    return 1;
  }
  return status;
}
