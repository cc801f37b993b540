#include "edit/yaml_scalar.hpp"

#include "edit/yaml_resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>

namespace accords::edit {
namespace {

// Whether `c` starts a YAML indicator when it is the first character of a plain scalar.
bool is_indicator(char c) {
  static constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
  return indicators.find(c) != std::string_view::npos;
}

// Whether a plain scalar of this text is read back as null.
bool reads_as_null(std::string_view text) {
  static constexpr std::array<std::string_view, 4> nulls{"~", "null", "Null", "NULL"};
  return std::ranges::any_of(nulls, [&](std::string_view null) { return text == null; });
}

// The UTF-8 of NEL (U+0085), LS (U+2028) and PS (U+2029), which YAML 1.1 reads as line breaks.
constexpr std::array<std::string_view, 3> yaml11_breaks{"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"};

// Whether `text` holds a line break of YAML 1.1 only.
bool has_yaml11_break(std::string_view text) {
  return std::ranges::any_of(yaml11_breaks,
                             [&](std::string_view mark) { return text.find(mark) != std::string_view::npos; });
}

// Whether `text`, written plain at `place`, is read back as exactly `text`.
bool can_be_plain(std::string_view text, ScalarPlace place, Typing typing) {
  // `-`, `?` and `:` may start a plain scalar when what follows cannot end it ("-7", "-x"); in
  // a flow list only `-`, which no flow indicator may follow.
  const bool may_start = text.size() > 1 && text[1] != ' ' && text[1] != '\t' &&
                         (place == ScalarPlace::block
                              ? text[0] == '-' || text[0] == '?' || text[0] == ':'
                              : text[0] == '-' && std::string_view(",[]{}").find(text[1]) == std::string_view::npos);
  if (text.empty() || reads_as_null(text) || (is_indicator(text.front()) && !may_start) || text.front() == ' ' ||
      text.back() == ' ' || text.back() == ':' || has_yaml11_break(text)) {
    return false;
  }
  if (typing == Typing::text && !plain_reads_as_text(text)) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      return false; // tabs and line ends included: a plain scalar would fold or trim them
    }
    if (c == ':' && i + 1 < text.size() && text[i + 1] == ' ') {
      return false;
    }
    if (c == '#' && text[i - 1] == ' ') {
      return false; // i > 0: a leading '#' is an indicator
    }
    if (place == ScalarPlace::flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ':')) {
      return false;
    }
  }
  // A byte-order mark or other invisible start would be taken for a document marker.
  return !text.starts_with("---") && !text.starts_with("...") && !text.starts_with("\xEF\xBB\xBF");
}

// `text` double-quoted, escaped as YAML's double-quoted style reads it back.
std::string double_quoted(std::string_view text) {
  static constexpr std::array<std::string_view, 3> break_escapes{"\\N", "\\L", "\\P"};
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    const auto c = static_cast<unsigned char>(ch);
    const auto rest = text.substr(i);
    const auto* const yaml11_break =
        std::ranges::find_if(yaml11_breaks, [&](std::string_view mark) { return rest.starts_with(mark); });
    if (yaml11_break != yaml11_breaks.end()) {
      const auto index = static_cast<std::size_t>(yaml11_break - yaml11_breaks.begin());
      out += break_escapes.at(index);
      i += yaml11_break->size() - 1;
      continue;
    }
    switch (ch) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      if (c < 0x20 || c == 0x7f) {
        out += fmt::format("\\x{:02X}", c);
      } else {
        out += ch;
      }
    }
  }
  out += '"';
  return out;
}

} // namespace

std::string yaml_scalar(std::string_view text, ScalarPlace place, Typing typing) {
  return can_be_plain(text, place, typing) ? std::string(text) : double_quoted(text);
}

std::string yaml_tag(std::string_view tag) {
  static constexpr std::string_view yaml_namespace = "tag:yaml.org,2002:";
  if (tag.starts_with(yaml_namespace)) {
    return "!!" + std::string(tag.substr(yaml_namespace.size()));
  }
  if (tag.starts_with('!')) {
    return std::string(tag);
  }
  return "!<" + std::string(tag) + ">";
}

std::optional<std::string> yaml_literal_block(std::string_view text, int key_indent) {
  if (text.find('\n') == std::string_view::npos || has_yaml11_break(text)) {
    return std::nullopt;
  }
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && ch != '\n' && ch != '\t') || c == 0x7f) {
      return std::nullopt;
    }
  }
  // The lines, without the line ends that chomping gives back.
  auto body = text;
  std::string chomping = "-"; // no line end after the last line
  if (body.ends_with('\n')) {
    body.remove_suffix(1);
    chomping = body.ends_with('\n') ? "+" : "";
    if (chomping == "+") {
      // Keeping: every trailing line end is written as an empty line.
      while (body.ends_with('\n')) {
        body.remove_suffix(1);
      }
    }
  }
  if (body.empty() || body.front() == '\n') {
    return std::nullopt; // leading empty lines would set the indentation from a later line
  }
  // A first line that starts with a space or tab needs the indentation said outright.
  const bool indicator = body.front() == ' ' || body.front() == '\t';
  if (body.front() == '\t') {
    return std::nullopt;
  }
  std::string out = indicator ? "|2" : "|";
  out += chomping;
  const std::string padding(static_cast<std::size_t>(key_indent) + 2, ' ');
  std::size_t start = 0;
  while (start <= body.size()) {
    const auto stop = std::min(body.find('\n', start), body.size());
    const auto line = body.substr(start, stop - start);
    out += '\n';
    if (!line.empty()) {
      out += padding;
      out += line;
    }
    start = stop + 1;
  }
  if (chomping == "+") {
    for (auto rest = text.size() - body.size(); rest > 1; --rest) {
      out += '\n';
    }
  }
  return out;
}

std::optional<std::string> yaml_folded_block(std::string_view text, int key_indent, std::size_t width) {
  if (text.empty() || has_yaml11_break(text) || text.front() == ' ' || text.front() == '\t' || text.back() == ' ' ||
      text.back() == '\t') {
    return std::nullopt;
  }
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && ch != '\t') || c == 0x7f) {
      return std::nullopt;
    }
  }
  const auto indent = static_cast<std::size_t>(key_indent) + 2;
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  const auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  std::string out = ">-";
  std::size_t start = 0;
  while (start < text.size()) {
    // The last single space between words within `room`, else the first one past it.
    std::size_t cut = std::string_view::npos;
    for (std::size_t i = start + 1; text.size() - start > room && i + 1 < text.size(); ++i) {
      if (text[i] != ' ' || is_space(text[i - 1]) || is_space(text[i + 1])) {
        continue;
      }
      if (i - start <= room) {
        cut = i;
        continue;
      }
      if (cut == std::string_view::npos) {
        cut = i;
      }
      break;
    }
    const auto stop = cut == std::string_view::npos ? text.size() : cut;
    out += '\n' + std::string(indent, ' ') + std::string(text.substr(start, stop - start));
    start = stop + 1;
  }
  return out;
}

std::string yaml_text_value(std::string_view text, int key_indent, std::size_t fold_width, Typing typing) {
  if (text.find('\n') != std::string_view::npos) {
    if (auto block = yaml_literal_block(text, key_indent)) {
      return *std::move(block);
    }
  } else if (fold_width > 0 && static_cast<std::size_t>(key_indent) + text.size() + 12 > fold_width) {
    if (auto block = yaml_folded_block(text, key_indent, fold_width)) {
      return *std::move(block);
    }
  }
  return yaml_scalar(text, ScalarPlace::block, typing);
}

} // namespace accords::edit
