#pragma once
// A read-only mapping of a whole regular file: its bytes are the kernel's page cache, not a
// private copy, and the pages a pass over them has finished with can be given back.
//
// A file that shrinks while it is mapped would end the program with SIGBUS at the first read
// past its new end. The first mapping installs a handler that maps a page of zeros there
// instead, so that the read goes on; unchanged() then tells that the file was written to,
// and the loader reports it as a diagnostic, like any other change made while reading.

#include <cstddef>
#include <ctime>
#include <filesystem>
#include <string_view>
#include <sys/types.h>

namespace accords::load {

// A file mapped read-only, unmapped when destroyed.
class MappedFile {
public:
  // Maps `path` when it is a regular file of 1 to `max` bytes; otherwise bytes() is empty.
  MappedFile(const std::filesystem::path& path, std::size_t max);
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // The file's bytes; empty when it was not mapped.
  [[nodiscard]] std::string_view bytes() const { return {static_cast<const char*>(address_), size_}; }

  // Gives the whole pages of `part` (a part of bytes()) back to the kernel: they stay
  // readable and are read from the file again when next touched.
  void release(std::string_view part) const;

  // False when the file at the mapped path is the mapped one and has been written to,
  // truncated or extended since it was mapped (its size, modification or change time
  // differ): pages given back would then be read with other bytes. A file replaced by
  // another (renamed over it) leaves the mapped one intact.
  [[nodiscard]] bool unchanged() const;

private:
  std::filesystem::path path_;
  void* address_ = nullptr;
  std::size_t size_ = 0;
  dev_t device_ = 0;
  ino_t inode_ = 0;
  timespec modified_{};
  timespec changed_{};
};

} // namespace accords::load
