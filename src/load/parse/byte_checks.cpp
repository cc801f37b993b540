#include "load/parse/byte_checks.hpp"

#include "load/limits.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace accords::load {
namespace {

// The 1-based line and column (in bytes, after any byte order mark, as yaml-cpp counts them)
// of the byte at `offset`.
std::pair<int, int> position_of(std::string_view bytes, std::size_t offset) {
  const auto before = bytes.substr(0, offset);
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  const auto line_start = before.rfind('\n');
  const auto start = line_start == std::string_view::npos ? bom_length(bytes) : line_start + 1;
  return {static_cast<int>(line), static_cast<int>(offset - std::min(offset, start) + 1)};
}

// The offset of the start of the first line longer than limits::max_line_bytes (not
// counting its line end), or npos when there is none.
std::size_t first_long_line(std::string_view bytes) {
  std::size_t start = 0;
  while (start < bytes.size()) {
    const auto end = bytes.find('\n', start);
    const auto length = (end == std::string_view::npos ? bytes.size() : end) - start;
    if (length > limits::max_line_bytes + 1) { // + 1: a carriage return before the line feed
      return start;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return std::string_view::npos;
}

} // namespace

std::size_t bom_length(std::string_view bytes) { return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

std::string_view line_text(std::string_view bytes, int line) {
  std::size_t start = bom_length(bytes);
  for (int i = 1; i < line; ++i) {
    start = bytes.find('\n', start);
    if (start == std::string_view::npos) {
      return {};
    }
    ++start;
  }
  const auto end = bytes.find('\n', start);
  return bytes.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

bool check_bytes(std::string_view bytes, const std::shared_ptr<const std::string>& path, Diagnostics& diagnostics) {
  util::Utf8Error bad{};
  if (!util::valid_utf8(bytes, &bad)) {
    const auto [line, column] = position_of(bytes, bad.offset); // in bytes, like every other diagnostic
    diagnostics.error({path, line, column}, fmt::format("invalid UTF-8 (byte 0x{:02x}): timeline files must be UTF-8",
                                                        static_cast<unsigned char>(bytes[bad.offset])));
    return false;
  }
  if (const auto control = util::first_disallowed_control(bytes); control != std::string_view::npos) {
    // yaml-cpp misreads these (a NUL byte even makes it guess UTF-16): stop here.
    const auto [line, column] = position_of(bytes, control);
    const auto code = static_cast<unsigned>(util::control_at(bytes, control));
    diagnostics.error({path, line, column},
                      code == 0 ? std::string("NUL byte: timeline files must be UTF-8 text (is this file UTF-16?)")
                                : fmt::format("control character U+{:04X} is not allowed: YAML files hold only "
                                              "printable text, tabs and line breaks",
                                              code));
    return false;
  }
  if (const auto long_line = first_long_line(bytes); long_line != std::string_view::npos) {
    // Checked before yaml-cpp, which would copy such a value several times, slowly.
    const auto [line, column] = position_of(bytes, long_line);
    diagnostics.error({path, line, column},
                      fmt::format("line {} is longer than the {} limit on a line", line, limits::max_line_text));
    return false;
  }
  return true;
}

} // namespace accords::load
