#include "edit/yaml_comments.hpp"

#include "edit/block_scalar.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

namespace accords::edit {
namespace {

// Whether `text` holds an item or complex key indicator and nothing but more of them and spaces.
bool only_indicators(std::string_view text) {
  bool indicator = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-' || text[i] == '?') {
      if (i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\t') {
        return false;
      }
      indicator = true;
    } else if (text[i] != ' ' && text[i] != '\t') {
      return false;
    }
  }
  return indicator;
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
        const auto before = line.substr(0, i);
        comments.push_back({number, is_blank_line(before), only_indicators(before), std::string(text)});
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
  const auto lines = yaml_lines(text);
  std::vector<bool> in_block(lines.size(), false);
  for (const auto& block : block_scalars(root, lines)) {
    std::fill(in_block.begin() + static_cast<std::ptrdiff_t>(block.header_line + 1),
              in_block.begin() + static_cast<std::ptrdiff_t>(block.end_line), true);
  }
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
