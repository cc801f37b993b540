#include "load/source/mapped_file.hpp"

#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accords::load {
namespace {

bool same_time(const timespec& a, const timespec& b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }

std::uintptr_t page_bytes = 4096; // the system's, set before the handler is installed

// SIGBUS: a read past the end of a file that shrank under its mapping (BUS_ADRERR) finds a
// page of zeros mapped there and goes on; any other SIGBUS gets the default action. Only
// system calls, as a signal handler may make.
void on_sigbus(int signal, siginfo_t* info, void* /*context*/) {
  if (info->si_code == BUS_ADRERR) {
    auto* address = static_cast<char*>(info->si_addr);
    auto* page = address - reinterpret_cast<std::uintptr_t>(address) % page_bytes;
    if (::mmap(page, page_bytes, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
      return; // the read is made again, and reads zeros
    }
  }
  ::signal(signal, SIG_DFL);
  ::raise(signal); // delivered once the handler returns
}

// Installs on_sigbus, once for the whole program.
void read_zeros_past_a_shrunk_end() {
  static std::once_flag installed;
  std::call_once(installed, [] {
    page_bytes = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    struct sigaction action {};
    action.sa_sigaction = on_sigbus;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, nullptr);
  });
}

} // namespace

MappedFile::MappedFile(const std::filesystem::path& path, std::size_t max) : path_(path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return;
  }
  struct stat status {};
  if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_size > 0 &&
      static_cast<std::uint64_t>(status.st_size) <= max) {
    read_zeros_past_a_shrunk_end();
    const auto size = static_cast<std::size_t>(status.st_size);
    void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (address != MAP_FAILED) {
      address_ = address;
      size_ = size;
      device_ = status.st_dev;
      inode_ = status.st_ino;
      modified_ = status.st_mtim;
      changed_ = status.st_ctim;
    }
  }
  ::close(fd); // the mapping keeps the file; no descriptor is held per mapped file
}

MappedFile::~MappedFile() {
  if (address_ != nullptr) {
    ::munmap(address_, size_);
  }
}

void MappedFile::release(std::string_view part) const {
  if (address_ == nullptr || part.empty()) {
    return;
  }
  // Offsets in the mapping, which starts on a page: whole pages only, as the ones at the edges
  // may be in use, but the last one of the file.
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = static_cast<std::size_t>(part.data() - static_cast<const char*>(address_));
  const auto end = begin + part.size();
  const auto first = (begin + page - 1) / page * page;
  const auto last = end == size_ ? (end + page - 1) / page * page : end / page * page;
  if (first < last) {
    ::madvise(static_cast<char*>(address_) + first, last - first, MADV_DONTNEED);
  }
}

bool MappedFile::unchanged() const {
  struct stat status {};
  if (address_ == nullptr || ::stat(path_.c_str(), &status) != 0 || status.st_dev != device_ ||
      status.st_ino != inode_) {
    return true; // gone or replaced: the mapped file itself is unchanged
  }
  return static_cast<std::uint64_t>(status.st_size) == size_ && same_time(status.st_mtim, modified_) &&
         same_time(status.st_ctim, changed_);
}

} // namespace accords::load
