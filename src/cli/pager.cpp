#include "cli/pager.hpp"

#include "util/text.hpp"

#include <cerrno>
#include <cstdlib>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace accords::cli {
namespace {

pid_t pager_pid = -1; // the pager started, if any

// True when `name` is an executable file in one of the directories of `path`.
bool on_path(const std::string& name, const std::string& path) {
  for (const auto& directory : util::split(path, ':')) {
    const auto candidate = (directory.empty() ? std::string(".") : directory) + "/" + name;
    struct stat info {};
    if (::stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(candidate.c_str(), X_OK) == 0) {
      return true;
    }
  }
  return false;
}

} // namespace

std::optional<std::string> pager_command(const std::function<std::optional<std::string>(const char*)>& env) {
  for (const char* variable : {"ACCORDS_PAGER", "PAGER"}) {
    if (auto command = env(variable)) {
      if (command->empty() || *command == "cat") {
        return std::nullopt;
      }
      return command;
    }
  }
  if (on_path("less", env("PATH").value_or("/usr/bin:/bin"))) {
    return "less -FRX";
  }
  return std::nullopt;
}

bool start_pager(const std::string& command) {
  int ends[2] = {-1, -1};
  if (::pipe(ends) != 0) {
    return false;
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(ends[0]);
    ::close(ends[1]);
    return false;
  }
  if (pid == 0) { // the pager: reads the pipe, writes to the terminal
    ::dup2(ends[0], STDIN_FILENO);
    ::close(ends[0]);
    ::close(ends[1]);
    ::setenv("LESS", "FRX", 0); // as git: quit if one screen, keep colours, leave the screen as it is
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::dup2(ends[1], STDOUT_FILENO);
  ::close(ends[0]);
  ::close(ends[1]);
  pager_pid = pid;
  return true;
}

void finish_pager() {
  if (pager_pid < 0) {
    return;
  }
  ::close(STDOUT_FILENO);
  int status = 0;
  while (::waitpid(pager_pid, &status, 0) < 0 && errno == EINTR) {
  }
  pager_pid = -1;
}

} // namespace accords::cli
