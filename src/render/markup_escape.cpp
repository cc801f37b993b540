#include "render/markup_escape.hpp"

namespace accords::render {

std::string escape_markup(std::string_view text, Quotes quotes) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"' && quotes == Quotes::escape) {
      out += "&quot;";
    } else if (c == '\'' && quotes == Quotes::escape) {
      out += "&apos;";
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace accords::render
