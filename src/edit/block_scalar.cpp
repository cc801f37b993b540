#include "edit/block_scalar.hpp"

#include <algorithm>

namespace accords::edit {

std::optional<BlockHeader> block_header(std::string_view text) {
  if (text.empty() || (text[0] != '|' && text[0] != '>')) {
    return std::nullopt;
  }
  BlockHeader header;
  header.chomping_at = 1;
  for (std::size_t at = 1; at < text.size() && at < 3; ++at) {
    if (text[at] >= '1' && text[at] <= '9') {
      header.indentation = text[at] - '0';
      header.chomping_at = header.chomping ? header.chomping_at : at + 1;
    } else if (text[at] == '-' || text[at] == '+') {
      header.chomping = text[at];
      header.chomping_at = at;
    } else {
      break;
    }
  }
  return header;
}

std::size_t indentation_of(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? line.size() : first;
}

bool is_blank_line(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

std::optional<std::size_t> block_content_indentation(const BlockHeader& header, int parent_indent,
                                                     const std::vector<std::string_view>& lines, std::size_t first) {
  if (header.indentation > 0) {
    return static_cast<std::size_t>(std::max(parent_indent, 0) + header.indentation);
  }
  for (auto index = first; index < lines.size(); ++index) {
    if (!is_blank_line(lines[index])) {
      const auto indent = indentation_of(lines[index]);
      return static_cast<int>(indent) > parent_indent ? std::optional(indent) : std::nullopt;
    }
  }
  return std::nullopt;
}

} // namespace accords::edit
