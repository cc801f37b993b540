#include "cli/fd_output.hpp"

#include <cerrno>
#include <unistd.h>

namespace accords::cli {

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

bool FdStreamBuf::drain() {
  const char* next = pbase();
  while (error_ == 0 && next < pptr()) {
    const auto written = ::write(fd_, next, static_cast<std::size_t>(pptr() - next));
    if (written < 0) {
      if (errno != EINTR) {
        error_ = errno;
      }
      continue;
    }
    next += written;
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return error_ == 0;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!drain()) {
    return traits_type::eof();
  }
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int FdStreamBuf::sync() { return drain() ? 0 : -1; }

int FdOutput::finish() {
  flush();
  return buf_.error();
}

} // namespace accords::cli
