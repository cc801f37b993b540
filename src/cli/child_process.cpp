#include "cli/child_process.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace accords::cli {
namespace {

// A pipe's two ends, closed when it goes.
class Pipe {
public:
  Pipe() {
    if (::pipe2(ends_.data(), O_CLOEXEC) != 0) {
      ends_ = {-1, -1};
    }
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() {
    close_read();
    close_write();
  }
  [[nodiscard]] bool valid() const { return ends_[0] >= 0; }
  [[nodiscard]] int read_end() const { return ends_[0]; }
  [[nodiscard]] int write_end() const { return ends_[1]; }
  void close_read() { close_end(0); }
  void close_write() { close_end(1); }

private:
  void close_end(std::size_t index) {
    if (ends_.at(index) >= 0) {
      ::close(ends_.at(index));
      ends_.at(index) = -1;
    }
  }
  std::array<int, 2> ends_{-1, -1};
};

// Reads what the two pipes give until both are at their end, or one of them passes `limit`
// (then false).
bool drain(Pipe& out_pipe, Pipe& err_pipe, std::string& out, std::string& err, std::size_t limit) {
  std::array<pollfd, 2> fds{pollfd{out_pipe.read_end(), POLLIN, 0}, pollfd{err_pipe.read_end(), POLLIN, 0}};
  std::array<std::string*, 2> targets{&out, &err};
  std::array<char, 1 << 16> buffer{};
  while (fds[0].fd >= 0 || fds[1].fd >= 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    for (std::size_t index = 0; index < fds.size(); ++index) {
      auto& fd = fds.at(index);
      if (fd.fd < 0 || fd.revents == 0) {
        continue;
      }
      const auto count = ::read(fd.fd, buffer.data(), buffer.size());
      if (count < 0 && errno == EINTR) {
        continue;
      }
      if (count <= 0) {
        fd.fd = -1; // its end (or an error): poll ignores a negative descriptor
        continue;
      }
      targets.at(index)->append(buffer.data(), static_cast<std::size_t>(count));
      if (targets.at(index)->size() > limit) {
        return false;
      }
    }
  }
  return true;
}

} // namespace

CapturedOutput capture_output(const std::vector<std::string>& argv, std::size_t max_output) {
  CapturedOutput result;
  Pipe out_pipe;
  Pipe err_pipe;
  if (argv.empty() || !out_pipe.valid() || !err_pipe.valid()) {
    result.error = argv.empty() ? "no program" : std::strerror(errno);
    return result;
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str())); // posix_spawn's type; it does not write to them
  }
  args.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe.write_end(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe.write_end(), STDERR_FILENO);
  // SIGPIPE back to its default in the child: this process ignores it (run_process), and an
  // ignored signal stays ignored across exec.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t default_signals;
  sigemptyset(&default_signals);
  sigaddset(&default_signals, SIGPIPE);
  posix_spawnattr_setsigdefault(&attributes, &default_signals);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  // This process's environment (`environ`, which <unistd.h> declares under _GNU_SOURCE).
  const int spawned = ::posix_spawnp(&pid, args.front(), &actions, &attributes, args.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    result.error = std::strerror(spawned);
    return result;
  }
  result.started = true;
  out_pipe.close_write(); // its ends are the child's now: the reads below see the end when it exits
  err_pipe.close_write();
  if (!drain(out_pipe, err_pipe, result.out, result.err, max_output)) {
    result.over_limit = result.out.size() > max_output || result.err.size() > max_output;
    ::kill(pid, SIGKILL); // it is ours, and nothing more of it is read
  }
  out_pipe.close_read();
  err_pipe.close_read();
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return result;
    }
  }
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

} // namespace accords::cli
