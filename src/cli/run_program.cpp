#include "cli/run_program.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace accords::cli {
namespace {

// Closes a descriptor once, when it is open.
void close_fd(int& fd) {
  if (fd >= 0) {
    ::close(fd);
    fd = -1;
  }
}

} // namespace

std::optional<ProgramResult> run_program(const std::vector<std::string>& argv, std::string_view input) {
  std::array<int, 2> to_child{-1, -1};
  std::array<int, 2> from_child{-1, -1};
  if (::pipe2(to_child.data(), O_CLOEXEC) != 0) {
    return std::nullopt;
  }
  if (::pipe2(from_child.data(), O_CLOEXEC) != 0) {
    close_fd(to_child[0]);
    close_fd(to_child[1]);
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
  std::vector<char*> args;
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str())); // posix_spawnp does not change them
  }
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, args.front(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close_fd(to_child[0]);
  close_fd(from_child[1]);
  if (spawned != 0) {
    close_fd(to_child[1]);
    close_fd(from_child[0]);
    return std::nullopt;
  }

  // Writes the input and reads the output at once, so that neither side waits on a full pipe.
  ProgramResult result;
  std::array<char, 16384> buffer{};
  if (input.empty()) {
    close_fd(to_child[1]);
  }
  while (from_child[0] >= 0) {
    std::array<pollfd, 2> fds{{{from_child[0], POLLIN, 0}, {to_child[1], POLLOUT, 0}}};
    const nfds_t count = to_child[1] >= 0 ? 2 : 1;
    if (::poll(fds.data(), count, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    if (count == 2 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
      const auto written = ::write(to_child[1], input.data(), input.size());
      if (written > 0) {
        input.remove_prefix(static_cast<std::size_t>(written));
      }
      if (written < 0 || input.empty()) {
        close_fd(to_child[1]); // done, or the program stopped reading
      }
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      const auto got = ::read(from_child[0], buffer.data(), buffer.size());
      if (got > 0) {
        result.out.append(buffer.data(), static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        close_fd(from_child[0]);
      }
    }
  }
  close_fd(to_child[1]);
  close_fd(from_child[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

} // namespace accords::cli
