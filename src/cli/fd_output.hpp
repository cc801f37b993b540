#pragma once
// A buffered output stream on a file descriptor that remembers why a write failed, so that a
// closed pipe can end the program quietly and a full disk can be reported.

#include <array>
#include <cstddef>
#include <ostream>
#include <streambuf>

namespace accords::cli {

// A stream buffer writing to a file descriptor with write(2).
class FdStreamBuf : public std::streambuf {
public:
  explicit FdStreamBuf(int fd);
  // 0 while every write succeeded, else the errno of the first failed write.
  [[nodiscard]] int error() const { return error_; }

protected:
  int_type overflow(int_type c) override;
  int sync() override;

private:
  bool drain();
  int fd_;
  int error_ = 0;
  // Left uninitialised: only what is written is read, and zeroing the whole buffer on main's
  // stack would fault in pages that a short run never writes to.
  std::array<char, 1 << 16> buffer_;
};

// An ostream over FdStreamBuf.
class FdOutput : public std::ostream {
public:
  explicit FdOutput(int fd) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  // Flushes; returns 0 if everything was written, else the errno of the first failure.
  [[nodiscard]] int finish();

private:
  FdStreamBuf buf_;
};

} // namespace accords::cli
