#include "edit/insert_event.hpp"

#include "edit/block_scalar.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

namespace accords::edit {
namespace {

// Where each line of `text` starts; one more entry, the end, after the last.
std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    }
  }
  if (starts.back() != text.size()) {
    starts.push_back(text.size());
  }
  return starts;
}

// Line `line` (1-based) of `text`, without its line end.
std::string_view line_text(std::string_view text, const std::vector<std::size_t>& starts, int line) {
  const auto index = static_cast<std::size_t>(line - 1);
  if (index + 1 >= starts.size()) {
    return {};
  }
  auto row = text.substr(starts[index], starts[index + 1] - starts[index]);
  while (!row.empty() && (row.back() == '\n' || row.back() == '\r')) {
    row.remove_suffix(1);
  }
  return row;
}

// Whether nothing but a comment follows the key's colon on `row` (`events:`, `events:  # none`).
bool nothing_after_key(std::string_view row) {
  const auto colon = row.find(':');
  if (colon == std::string_view::npos) {
    return false;
  }
  const auto rest = row.substr(colon + 1);
  const auto text = rest.find_first_not_of(" \t");
  return text == std::string_view::npos || rest[text] == '#';
}

// The line (1-based) of the document end marker `...` that ends `text`, followed by nothing
// but blank lines and comments; 0 when there is none.
int document_end_line(std::string_view text, const std::vector<std::size_t>& starts) {
  for (int line = static_cast<int>(starts.size()) - 1; line >= 1; --line) {
    const auto row = line_text(text, starts, line);
    const auto first = row.find_first_not_of(" \t");
    if (first == std::string_view::npos || row[first] == '#') {
      continue;
    }
    const bool marker = row.starts_with("...") && (row.size() == 3 || row[3] == ' ' || row[3] == '\t');
    return marker ? line : 0;
  }
  return 0;
}

// `text` with "\n" made "\r\n".
std::string with_crlf(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += '\r';
    }
    out += c;
  }
  return out;
}

} // namespace

std::variant<Inserted, std::string> insert_event(std::string_view original, const load::YamlNode& root,
                                                 const EventDraft& draft) {
  const auto starts = line_starts(original);
  const int line_count = static_cast<int>(starts.size()) - 1;
  const auto lines = yaml_lines(original);
  const auto& pairs = root.pairs;
  const auto events =
      std::find_if(pairs.begin(), pairs.end(), [](const auto& pair) { return pair.first.value == "events"; });

  int indent = 2;
  bool blank_between = true;
  bool needs_key = events == pairs.end();
  bool drop_empty_brackets = false;
  // The line before which the event goes (line_count + 1: at the end).
  int before_line = line_count + 1;
  if (!needs_key) {
    const auto& value = events->second;
    const auto value_row = line_text(original, starts, value.line);
    const auto value_text =
        value.line > 0 ? value_row.substr(std::min(static_cast<std::size_t>(value.column - 1), value_row.size()))
                       : std::string_view();
    if (value.kind == load::YamlNode::Kind::sequence && value_text.starts_with("[")) {
      if (!value.items.empty() || !value_text.starts_with("[]")) {
        return std::string("'events' is written as a flow sequence ([...]); write each event as a block item "
                           "('- id: ...' on its own lines), as 'accords fmt' does, to add to it");
      }
      drop_empty_brackets = true;
    } else if (value.kind == load::YamlNode::Kind::null &&
               !nothing_after_key(line_text(original, starts, events->first.line))) {
      return std::string("'events' is written as null; leave its value empty ('events:') to add events to it");
    } else if (value.kind != load::YamlNode::Kind::sequence && value.kind != load::YamlNode::Kind::null) {
      return "'events' must be a sequence of events, found " + std::string(value.kind_name());
    }
    if (!value.items.empty()) {
      // A block sequence begins at its first `-`, which may stand alone on its line (`- # c`).
      indent = value.column - 1;
      blank_between = value.items.size() < 2 || is_blank_line(line_text(original, starts, value.items[1].line - 1));
    }
    // Before the next root key, and the comments and blank lines at the margin just before it.
    const auto next = std::next(events);
    if (next != pairs.end()) {
      before_line = next->first.line;
      while (before_line - 1 > events->first.line) {
        const auto row = line_text(original, starts, before_line - 1);
        if (!is_blank_line(row) && !row.starts_with('#')) {
          break;
        }
        --before_line;
      }
    }
  }

  // Inside the document: before a `...` that ends it, as at the end of the file.
  if (const auto document_end = document_end_line(original, starts);
      before_line == line_count + 1 && document_end > 0) {
    before_line = document_end;
  }

  // A block scalar whose text runs up to where the event goes would take in what is added:
  // a kept one (`|+`) every blank line, and one that ends the file without a line end the line
  // end it gets. The blank lines after a kept one stay with it, no blank line is added, and a
  // last line end is made not to count with the strip indicator (`|-`), so that its value is
  // the same.
  std::optional<std::size_t> strip_at; // where to write '-' over a '+' or before the rest
  bool replace_keep = false;
  const auto insertion = static_cast<std::size_t>(before_line - 1); // the index of the line it goes before
  const auto blocks = block_scalars(root, lines);
  const auto last = std::find_if(blocks.rbegin(), blocks.rend(),
                                 [&](const BlockScalar& block) { return block.header_line < insertion; });
  if (last != blocks.rend() && last->end_line >= insertion && !needs_key) {
    const auto chomping = last->indicators.chomping;
    if (chomping == '+') {
      blank_between = false;
      before_line = std::max(before_line, static_cast<int>(last->end_line) + 1); // past its blank lines
    }
    const bool ends_without_line_end = !original.empty() && original.back() != '\n';
    if (ends_without_line_end && before_line == line_count + 1 && chomping != '-') {
      strip_at = static_cast<std::size_t>(last->header.data() - original.data()) + last->indicators.chomping_at;
      replace_keep = chomping == '+';
    }
  }

  std::string added;
  if (needs_key) {
    added += "events:\n";
  } else if (blank_between && !(events->second.items.empty())) {
    added += '\n';
  }
  const int first_line_offset = static_cast<int>(std::count(added.begin(), added.end(), '\n'));
  added += draft.yaml_item(indent);

  const bool crlf = original.find("\r\n") != std::string_view::npos;
  const auto at = static_cast<std::size_t>(starts[static_cast<std::size_t>(before_line - 1)]);
  std::string head(original.substr(0, at));
  if (strip_at) {
    if (replace_keep) {
      head[*strip_at] = '-';
    } else {
      head.insert(*strip_at, 1, '-');
    }
  }
  if (drop_empty_brackets) {
    const auto& value = events->second;
    const auto bracket = starts[static_cast<std::size_t>(value.line - 1)] + static_cast<std::size_t>(value.column - 1);
    head.erase(bracket, 2);
    // "events: []" becomes "events:", not "events: ".
    const bool line_ends = bracket == head.size() || head[bracket] == '\n' || head[bracket] == '\r';
    if (line_ends && bracket > 0 && head[bracket - 1] == ' ') {
      head.erase(bracket - 1, 1);
    }
  }
  int line = before_line;
  if (!head.empty() && head.back() != '\n') {
    head += crlf ? "\r\n" : "\n"; // the last line, counted already, gets its line end
  }
  Inserted inserted;
  inserted.text = head + (crlf ? with_crlf(added) : added) + std::string(original.substr(at));
  inserted.line = line + first_line_offset;
  return inserted;
}

} // namespace accords::edit
