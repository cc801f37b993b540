#include "render/markdown_escape.hpp"

namespace accords::render {

std::string markdown_text(std::string_view text) {
  constexpr std::string_view special = "\\`*_[]<>|#&~";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      out += ' ';
      continue;
    }
    if (special.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace accords::render
