#include "edit/yaml_comments.hpp"

#include "edit/block_scalar.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

namespace accords::edit {
namespace {

// The lines of `text`, without their line ends.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
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

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// Marks the lines that are the content of block scalars (`|`, `>`) under `node`, whose
// parent is indented by `parent_indent` spaces. The content ends at the first line that is
// not blank and is indented less than it: what follows, even indented more than the parent, is
// a comment or the next key.
void mark_block_lines(const load::YamlNode& node, int parent_indent, const std::vector<std::string_view>& lines,
                      std::vector<bool>& in_block) {
  if (node.kind == load::YamlNode::Kind::scalar && node.line > 0 &&
      static_cast<std::size_t>(node.line) <= lines.size()) {
    const auto header = lines[static_cast<std::size_t>(node.line - 1)];
    const auto at = static_cast<std::size_t>(node.column - 1);
    const auto block = at < header.size() ? block_header(header.substr(at)) : std::nullopt;
    if (block) {
      const auto first = static_cast<std::size_t>(node.line);
      const auto content = block_content_indentation(*block, parent_indent, lines, first);
      for (auto index = first; content && index < lines.size(); ++index) {
        if (!is_blank_line(lines[index]) && indentation_of(lines[index]) < *content) {
          break;
        }
        in_block[index] = true;
      }
    }
    return;
  }
  for (const auto& item : node.items) {
    // An item's parent indentation is that of its `-`: the spaces before it on its line.
    const auto dash_indent = item.line > 0
                                 ? static_cast<int>(indentation_of(lines[static_cast<std::size_t>(item.line - 1)]))
                                 : parent_indent;
    mark_block_lines(item, dash_indent, lines, in_block);
  }
  for (const auto& [key, value] : node.pairs) {
    mark_block_lines(value, key.column - 1, lines, in_block);
  }
}

// Reads the lines as YAML's scanner does, as far as comments and quotes go.
class CommentScanner {
public:
  // Scans one line outside any block scalar; adds its comment, if any.
  void scan(std::string_view line, int number, std::vector<Comment>& comments) {
    bool token_start = true; // where a quoted scalar may begin
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quote_ == '\'') {
        if (c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
        } else if (c == '\'') {
          quote_ = 0;
        }
        continue;
      }
      if (quote_ == '"') {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          quote_ = 0;
        }
        continue;
      }
      if (c == ' ' || c == '\t') {
        continue; // a token may still start after spaces
      }
      if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        auto text = line.substr(i);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
          text.remove_suffix(1);
        }
        comments.push_back({number, is_blank_line(line.substr(0, i)), std::string(text)});
        return;
      }
      if (token_start && (c == '\'' || c == '"')) {
        quote_ = c;
        continue;
      }
      const bool next_is_space = i + 1 >= line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
      if (c == '[' || c == '{') {
        ++flow_depth_;
      } else if (c == ']' || c == '}') {
        flow_depth_ = std::max(0, flow_depth_ - 1);
      }
      // A quoted scalar may start after an opening bracket, a comma in flow, the colon of a
      // key, or a sequence item's or complex key's indicator at the start of a token.
      const bool opens = c == '[' || c == '{' || (c == ',' && flow_depth_ > 0);
      const bool colon = c == ':' && (next_is_space || flow_depth_ > 0);
      const bool indicator = (c == '-' || c == '?') && next_is_space && token_start;
      token_start = opens || colon || indicator;
    }
  }
  // Whether a quoted scalar is still open.
  [[nodiscard]] bool in_quote() const { return quote_ != 0; }

private:
  char quote_ = 0; // the quote of an open quoted scalar, or 0
  int flow_depth_ = 0;
};

} // namespace

std::optional<std::vector<Comment>> find_comments(std::string_view text, const load::YamlNode& root) {
  auto lines = lines_of(text);
  if (!lines.empty() && lines.front().starts_with(byte_order_mark)) {
    lines.front().remove_prefix(byte_order_mark.size()); // not text: the line starts after it
  }
  std::vector<bool> in_block(lines.size(), false);
  mark_block_lines(root, -1, lines, in_block);
  std::vector<Comment> comments;
  CommentScanner scanner;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    if (!in_block[index]) {
      scanner.scan(lines[index], static_cast<int>(index + 1), comments);
    }
  }
  if (scanner.in_quote()) {
    return std::nullopt;
  }
  return comments;
}

} // namespace accords::edit
