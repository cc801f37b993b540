#include "edit/atomic_write.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace accords::edit {
namespace {

// The reason errno gives.
std::string reason() { return std::strerror(errno); }

// Writes every byte of `bytes` to `fd`; false on failure (errno set).
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// The umask, read without changing it for longer than the two calls.
mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

} // namespace

std::optional<std::string> write_atomically(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  const bool link = std::filesystem::symlink_status(path, error).type() == std::filesystem::file_type::symlink;
  const auto target = link ? std::filesystem::canonical(path, error) : path;
  if (link && error) {
    return fmt::format("cannot follow the link '{}': {}", path.string(), error.message());
  }
  const auto directory = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  auto pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    return fmt::format("cannot create a temporary file in '{}': {}", directory.string(), reason());
  }
  const auto fail = [&](const std::string& what) {
    auto why = fmt::format("{} '{}': {}", what, pattern, reason());
    ::close(fd);
    ::unlink(pattern.c_str());
    return why;
  };
  struct stat existing {};
  if (::stat(target.c_str(), &existing) == 0) {
    if (::fchmod(fd, existing.st_mode & 07777) != 0) {
      return fail("cannot set the permissions of");
    }
    (void)!::fchown(fd, existing.st_uid, existing.st_gid); // kept where allowed
  } else if (::fchmod(fd, 0666 & ~current_umask()) != 0) {
    return fail("cannot set the permissions of");
  }
  if (!write_all(fd, bytes)) {
    return fail("cannot write");
  }
  if (::fsync(fd) != 0) {
    return fail("cannot flush");
  }
  if (::close(fd) != 0) {
    const auto why = fmt::format("cannot write '{}': {}", pattern, reason());
    ::unlink(pattern.c_str());
    return why;
  }
  if (::rename(pattern.c_str(), target.c_str()) != 0) {
    const auto why = fmt::format("cannot replace '{}': {}", target.string(), reason());
    ::unlink(pattern.c_str());
    return why;
  }
  return std::nullopt;
}

} // namespace accords::edit
