#include "render/grid.hpp"

#include "render/style.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <numeric>

namespace accords::render {
namespace {

constexpr std::size_t gap = 2; // spaces between columns

std::string one_line(std::string_view value) {
  std::string out(value);
  for (auto& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

// Takes the shrink steps in order until the widths plus gaps fit `limit`.
void fit(std::vector<std::size_t>& widths, const std::vector<GridShrink>& steps, std::size_t limit) {
  const auto total = [&] {
    return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + gap * (widths.size() - 1);
  };
  for (const auto& step : steps) {
    if (total() <= limit) {
      return;
    }
    const auto floor = std::max<std::size_t>(step.floor, 1);
    if (step.column >= widths.size() || widths[step.column] <= floor) {
      continue;
    }
    auto& width = widths[step.column];
    const auto excess = total() - limit;
    width = std::max(floor, width > excess ? width - excess : 0);
  }
}

} // namespace

void write_grid(std::ostream& out, const std::vector<std::string>& headers,
                const std::vector<std::vector<GridCell>>& rows, const std::vector<GridShrink>& shrink,
                const GridOptions& options) {
  if (headers.empty()) {
    return;
  }
  std::vector<std::size_t> widths(headers.size(), 0);
  if (options.header) {
    for (std::size_t i = 0; i < headers.size(); ++i) {
      widths[i] = util::display_width(headers[i]);
    }
  }
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < headers.size() && i < row.size(); ++i) {
      widths[i] = std::max(widths[i], util::display_width(one_line(row[i].text)));
    }
  }
  if (options.width > 0) {
    fit(widths, shrink, options.width);
  }
  const auto write_row = [&](const auto& text_of, const auto& style_of) {
    std::string line;
    for (std::size_t i = 0; i < headers.size(); ++i) {
      const auto text = util::truncate_to_width(one_line(text_of(i)), widths[i]);
      line += styled(text, style_of(i), options.color);
      if (i + 1 < headers.size()) {
        line.append(widths[i] - util::display_width(text) + gap, ' ');
      }
    }
    while (!line.empty() && line.back() == ' ') { // an empty last cell leaves no trailing blanks
      line.pop_back();
    }
    out << line << '\n';
  };
  if (options.header) {
    write_row([&](std::size_t i) -> std::string_view { return headers[i]; },
              [](std::size_t) { return header_style(); });
  }
  for (const auto& row : rows) {
    if (!out) {
      return;
    }
    write_row([&](std::size_t i) -> std::string_view { return i < row.size() ? row[i].text : std::string_view(); },
              [&](std::size_t i) { return i < row.size() ? row[i].style : std::string_view(); });
  }
}

void write_tsv_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i != 0) {
      out << '\t';
    }
    out << one_line(cells[i]);
  }
  out << '\n';
}

} // namespace accords::render
