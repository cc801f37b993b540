#include "util/utf8.hpp"

#include "util/text.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <utf8proc.h>

namespace accords::util {
namespace {

// Decodes one code point at `pos`; returns its byte length, or a negative value when invalid.
utf8proc_ssize_t decode(std::string_view text, std::size_t pos, utf8proc_int32_t* codepoint) {
  return utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                          static_cast<utf8proc_ssize_t>(text.size() - pos), codepoint);
}

std::size_t width_of(utf8proc_int32_t codepoint) {
  const int width = utf8proc_charwidth(codepoint);
  return width > 0 ? static_cast<std::size_t>(width) : 0;
}

} // namespace

bool valid_utf8(std::string_view text, Utf8Error* error) {
  // ASCII, most of any timeline file, is skipped eight bytes at a time; the line and column
  // are worked out only for an error.
  constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text.size() - pos >= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + pos, sizeof word);
      if ((word & high_bits) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    utf8proc_int32_t codepoint = 0;
    const auto length = decode(text, pos, &codepoint);
    if (length <= 0) {
      if (error != nullptr) {
        std::size_t line = 1;
        std::size_t column = 1;
        for (std::size_t at = 0; at < pos;) {
          const auto step = decode(text, at, &codepoint);
          at += static_cast<std::size_t>(step);
          if (codepoint == '\n') {
            ++line;
            column = 1;
          } else {
            ++column;
          }
        }
        *error = {pos, line, column};
      }
      return false;
    }
    pos += static_cast<std::size_t>(length);
  }
  return true;
}

std::string replace_code_points(std::string_view text, CodePointReplacement replacement) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) { // ASCII is a code point of one byte
      const auto byte = text[pos];
      const auto replaced = replacement(static_cast<char32_t>(byte));
      out += replaced ? *replaced : std::string_view(&byte, 1);
      ++pos;
      continue;
    }
    utf8proc_int32_t codepoint = 0;
    const auto length = decode(text, pos, &codepoint);
    if (length <= 0) {
      out += "\uFFFD";
      ++pos;
      continue;
    }
    const auto step = static_cast<std::size_t>(length);
    const auto replaced = replacement(static_cast<char32_t>(codepoint));
    out += replaced ? *replaced : text.substr(pos, step);
    pos += step;
  }
  return out;
}

std::size_t first_disallowed_control(std::string_view text) {
  // Eight bytes at a time while none of them is under 0x20 (tabs and line breaks included:
  // those words are gone through byte by byte), 0x7F or 0xC2; the tests are exact.
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
  const auto any_under_0x20 = [](std::uint64_t word) { return ((word - ones * 0x20) & ~word & high_bits) != 0; };
  const auto any_equal = [](std::uint64_t word, std::uint64_t byte) {
    const auto differences = word ^ (ones * byte);
    return ((differences - ones) & ~differences & high_bits) != 0;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (text.size() - i >= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, sizeof word);
      if (any_under_0x20(word) || any_equal(word, 0x7F) || any_equal(word, 0xC2)) {
        break;
      }
      i += 8;
    }
    if (i >= text.size()) {
      break;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && is_disallowed_control(c)) {
      return i;
    }
    if (c == 0xC2 && i + 1 < text.size()) { // 0xC2 0x80-0x9F is U+0080-U+009F
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && is_disallowed_control(next)) {
        return i;
      }
    }
  }
  return std::string_view::npos;
}

char32_t control_at(std::string_view text, std::size_t offset) {
  const auto c = static_cast<unsigned char>(text[offset]);
  return c == 0xC2 && offset + 1 < text.size() ? static_cast<unsigned char>(text[offset + 1]) : c;
}

std::string latin1_bytes_as_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t pos = 0; pos < text.size();) {
    utf8proc_int32_t codepoint = 0;
    const auto length = decode(text, pos, &codepoint);
    if (length > 0) {
      const auto step = static_cast<std::size_t>(length);
      out += text.substr(pos, step);
      pos += step;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[pos]);
    out += static_cast<char>(0xC0 | (byte >> 6));
    out += static_cast<char>(0x80 | (byte & 0x3F));
    ++pos;
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    utf8proc_int32_t codepoint = 0;
    const auto length = decode(text, pos, &codepoint);
    if (length <= 0) {
      ++width; // an invalid byte is shown as one replacement character
      ++pos;
      continue;
    }
    width += width_of(codepoint);
    pos += static_cast<std::size_t>(length);
  }
  return width;
}

namespace {

// The text mapped by utf8proc with `options`, or in ASCII lower case where it is no valid UTF-8.
std::string map_or_lower(std::string_view text, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                   &mapped, static_cast<utf8proc_option_t>(options));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  if (length < 0) {
    return ascii_lower(text);
  }
  return {reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length)};
}

// True for the marks a name may be written with or without: apostrophes and full stops.
bool dropped_in_names(utf8proc_int32_t codepoint) {
  return codepoint == '\'' || codepoint == '.' || codepoint == 0x2018 || codepoint == 0x2019 || codepoint == 0x02BC;
}

// True for letters and digits, which a folded name keeps.
bool kept_in_names(utf8proc_int32_t codepoint) {
  switch (utf8proc_category(codepoint)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return true;
  default:
    return false;
  }
}

} // namespace

std::string fold_case(std::string_view text) {
  return map_or_lower(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string fold_name(std::string_view text) {
  const auto folded = map_or_lower(text, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  std::string out;
  for (std::size_t pos = 0; pos < folded.size();) {
    utf8proc_int32_t codepoint = 0;
    const auto length = decode(folded, pos, &codepoint);
    const std::size_t step = length <= 0 ? 1 : static_cast<std::size_t>(length);
    if (length <= 0 || kept_in_names(codepoint)) {
      out.append(folded, pos, step);
    } else if (!dropped_in_names(codepoint) && !out.empty() && out.back() != ' ') {
      out += ' ';
    }
    pos += step;
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  constexpr std::string_view article = "the ";
  return out.starts_with(article) ? out.substr(article.size()) : out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t columns) {
  std::vector<std::string> lines;
  std::string line;
  for (const auto& word : split(text, ' ')) {
    if (!line.empty() && display_width(line) + 1 + display_width(word) > columns) {
      lines.push_back(std::move(line));
      line.clear();
    }
    line += line.empty() ? "" : " ";
    line += word;
  }
  lines.push_back(std::move(line));
  return lines;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) {
    return std::string(text);
  }
  if (width == 0) {
    return "";
  }
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t codepoint = 0;
    const auto length = decode(text, pos, &codepoint);
    const std::size_t step = length <= 0 ? 1 : static_cast<std::size_t>(length);
    const std::size_t columns = length <= 0 ? 1 : width_of(codepoint);
    if (used + columns > width - 1) {
      break;
    }
    used += columns;
    pos += step;
  }
  return std::string(text.substr(0, pos)) + "…";
}

} // namespace accords::util
