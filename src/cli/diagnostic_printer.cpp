#include "cli/diagnostic_printer.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace accords::cli {
namespace {

// Line `line` (1-based) of `bytes`, without its line end; empty if there is no such line.
std::string_view line_of(std::string_view bytes, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = bytes.find('\n', start);
    if (start == std::string_view::npos) {
      return {};
    }
    ++start;
  }
  auto end = bytes.find('\n', start);
  auto text = bytes.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!text.empty() && text.back() == '\r') {
    text.remove_suffix(1);
  }
  return text;
}

// The line as it can be shown on a terminal: tabs become single spaces (so the caret lines
// up, columns counting bytes); nullopt for an empty line or one with other control characters.
std::optional<std::string> printable(std::string_view line) {
  if (line.empty()) {
    return std::nullopt;
  }
  std::string out(line);
  for (auto& c : out) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\t') {
      c = ' ';
    } else if (byte < 0x20 || byte == 0x7f) {
      return std::nullopt;
    }
  }
  if (!util::valid_utf8(out) || out.find("\xc2\x9b") != std::string::npos) { // C1 CSI is a control too
    return std::nullopt;
  }
  return out;
}

} // namespace

void print_diagnostics(std::ostream& err, const load::Diagnostics& diagnostics,
                       const std::vector<load::Source>& sources, bool show_source) {
  for (const auto& diagnostic : diagnostics.sorted()) {
    err << diagnostic.text() << '\n';
    if (!show_source || diagnostic.where.line <= 0 || !diagnostic.where.path) {
      continue;
    }
    const auto source = std::find_if(sources.begin(), sources.end(),
                                     [&](const load::Source& s) { return s.name == *diagnostic.where.path; });
    if (source == sources.end()) {
      continue;
    }
    const auto text = printable(line_of(source->bytes.view(), diagnostic.where.line));
    if (!text) {
      continue;
    }
    const auto prefix = text->substr(0, std::min(text->size(), static_cast<std::size_t>(diagnostic.where.column - 1)));
    err << "  " << *text << '\n' << "  " << std::string(util::display_width(prefix), ' ') << "^\n";
  }
  if (const auto line = not_listed_line(diagnostics)) {
    err << *line << '\n';
  }
}

std::optional<std::string> not_listed_line(const load::Diagnostics& diagnostics) {
  const auto missing = diagnostics.not_stored();
  if (missing == 0) {
    return std::nullopt;
  }
  const auto& listed = diagnostics.all();
  const auto listed_errors = static_cast<std::size_t>(std::count_if(
      listed.begin(), listed.end(), [](const load::Diagnostic& d) { return d.severity == load::Severity::error; }));
  const auto errors = diagnostics.error_count() - listed_errors;
  const auto warnings = missing - errors;
  return fmt::format(
      "accords: {}: {} more problem{} not shown ({} error{}, {} warning{}): only the first {} found are listed",
      errors > 0 ? "error" : "warning", missing, missing == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
      warnings == 1 ? "" : "s", listed.size());
}

} // namespace accords::cli
