#include "edit/block_scalar.hpp"

#include "load/parse/byte_checks.hpp"

#include <algorithm>

namespace accords::edit {
namespace {

// The indentation of the content of a block scalar with `header`, under a parent indented by
// `parent_indent` spaces, whose content may start at index `first` of `lines`; nullopt when it
// has no content lines.
std::optional<std::size_t> content_indentation(const BlockHeader& header, int parent_indent,
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

// Adds the block scalars under `node`, whose parent is indented by `parent_indent` spaces.
void add_block_scalars(const load::YamlNode& node, int parent_indent, const std::vector<std::string_view>& lines,
                       std::vector<BlockScalar>& blocks) {
  if (node.kind == load::YamlNode::Kind::scalar && node.line > 0 &&
      static_cast<std::size_t>(node.line) <= lines.size()) {
    const auto line = lines[static_cast<std::size_t>(node.line - 1)];
    const auto at = static_cast<std::size_t>(node.column - 1);
    const auto header = at < line.size() ? block_header(line.substr(at)) : std::nullopt;
    if (header) {
      auto end = static_cast<std::size_t>(node.line);
      const auto content = content_indentation(*header, parent_indent, lines, end);
      while (end < lines.size() && (is_blank_line(lines[end]) || (content && indentation_of(lines[end]) >= *content))) {
        ++end;
      }
      blocks.push_back({line.substr(at), *header, static_cast<std::size_t>(node.line - 1), end});
    }
    return;
  }
  for (const auto& item : node.items) {
    // An item's parent indentation is that of its `-`: the spaces before it on its line.
    // (An empty last item may be placed on the line after the text ends.)
    const bool on_a_line = item.line > 0 && static_cast<std::size_t>(item.line) <= lines.size();
    const auto dash_indent =
        on_a_line ? static_cast<int>(indentation_of(lines[static_cast<std::size_t>(item.line - 1)])) : parent_indent;
    add_block_scalars(item, dash_indent, lines, blocks);
  }
  for (const auto& [key, value] : node.pairs) {
    add_block_scalars(value, key.column - 1, lines, blocks);
  }
}

} // namespace

std::vector<std::string_view> yaml_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = load::bom_length(text); // not text: the first line starts after it
  while (start < text.size()) {
    auto stop = text.find('\n', start);
    stop = stop == std::string_view::npos ? text.size() : stop;
    auto line = text.substr(start, stop - start);
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    lines.push_back(line);
    start = stop + 1;
  }
  return lines;
}

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

std::vector<BlockScalar> block_scalars(const load::YamlNode& root, const std::vector<std::string_view>& lines) {
  std::vector<BlockScalar> blocks;
  add_block_scalars(root, -1, lines, blocks);
  return blocks;
}

} // namespace accords::edit
