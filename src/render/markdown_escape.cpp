#include "render/markdown_escape.hpp"

#include "render/report_words.hpp"

namespace accords::render {

std::string markdown_text(std::string_view text) {
  constexpr std::string_view special = "\\`*_[]<>|#&~";
  std::string out;
  out.reserve(text.size());
  for (const char c : one_line(text)) {
    if (special.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

void write_markdown_row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const auto& cell : cells) {
    out << ' ' << cell << " |";
  }
  out << '\n';
}

} // namespace accords::render
