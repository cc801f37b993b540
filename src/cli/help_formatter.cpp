#include "cli/help_formatter.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <vector>

namespace accords::cli {
namespace {

// Where the continuation of `line` starts: at its description for an option row (text, then
// two or more spaces, then text), else at its own first non-space.
std::size_t hanging_indent(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  if (first == std::string_view::npos) {
    return 0;
  }
  const auto gap = line.find("  ", first);
  if (gap != std::string_view::npos && first > 0) {
    const auto description = line.find_first_not_of(' ', gap);
    if (description != std::string_view::npos) {
      return description;
    }
  }
  return first;
}

// Appends `line` to `out`, wrapped.
void wrap_line(std::string& out, std::string_view line, std::size_t width) {
  if (util::display_width(line) <= width) {
    out.append(line);
    out += '\n';
    return;
  }
  const auto indent = hanging_indent(line);
  // The part before the indent (an option's names, or the line's own leading spaces) is kept
  // as it is; the words after it are wrapped in the room left.
  const auto lines = util::wrap_words(line.substr(indent), width > indent ? width - indent : 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += i == 0 ? std::string(line.substr(0, indent)) : std::string(indent, ' ');
    out += lines[i];
    out += '\n';
  }
}

} // namespace

std::string wrap_help(std::string_view text, std::size_t width) {
  std::string out;
  bool blank_before = false;
  auto lines = util::split(text, '\n');
  const bool ends_with_newline = !text.empty() && text.back() == '\n';
  if (ends_with_newline) {
    lines.pop_back();
  }
  for (const auto& line : lines) {
    const bool blank = line.find_first_not_of(' ') == std::string::npos;
    if (blank && blank_before) {
      continue;
    }
    blank_before = blank;
    if (blank) {
      out += '\n';
      continue;
    }
    wrap_line(out, line, width);
  }
  if (!ends_with_newline && !out.empty()) {
    out.pop_back();
  }
  return out;
}

HelpFormatter::HelpFormatter() {
  label("SUBCOMMAND", "COMMAND");
  label("SUBCOMMANDS", "COMMANDS");
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
  return wrap_help(CLI::Formatter::make_help(app, std::move(name), mode));
}

} // namespace accords::cli
