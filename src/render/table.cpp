#include "render/table.hpp"

#include "render/style.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <numeric>

namespace accords::render {
namespace {

constexpr std::size_t gap = 2;       // spaces between columns
constexpr std::size_t min_width = 8; // a shortened column keeps at least this many columns

// One step of fitting: shorten `field` down to no less than `floor` columns.
struct Shrink {
  Field field;
  std::size_t floor;
};

// The order in which columns give up width: the title first, but only down to a readable
// length; then the other free-text and list columns; then the title again; then the
// fixed-form columns; and last, on a very narrow terminal, every column down to "…", the
// least telling ones first.
constexpr Shrink shrink_steps[] = {
    {Field::title, 24},
    {Field::sources, min_width},
    {Field::place, min_width},
    {Field::tags, min_width},
    {Field::mediators, min_width},
    {Field::parties, min_width},
    {Field::treaty, min_width},
    {Field::id, min_width},
    {Field::title, min_width},
    {Field::end, min_width},
    {Field::type, min_width},
    {Field::end, 1},
    {Field::id, 1},
    {Field::treaty, 1},
    {Field::mediators, 1},
    {Field::tags, 1},
    {Field::sources, 1},
    {Field::place, 1},
    {Field::parties, 1},
    {Field::type, 1},
    {Field::title, 1},
    {Field::date, 1},
};

std::string one_line(std::string value) {
  for (auto& c : value) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return value;
}

// Shrinks column widths, step by step, until their sum plus gaps fits `limit`.
void fit(std::vector<std::size_t>& widths, const std::vector<Field>& fields, std::size_t limit) {
  const auto total = [&] {
    return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + gap * (widths.size() - 1);
  };
  for (const auto& step : shrink_steps) {
    for (std::size_t i = 0; i < fields.size() && total() > limit; ++i) {
      if (fields[i] != step.field || widths[i] <= step.floor) {
        continue;
      }
      const auto excess = total() - limit;
      widths[i] = std::max(step.floor, widths[i] > excess ? widths[i] - excess : 0);
    }
  }
}

} // namespace

void write_table(std::ostream& out, const EventList& events, const std::vector<Field>& fields,
                 const TableOptions& options) {
  if (fields.empty()) {
    return;
  }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(events.size());
  std::vector<std::size_t> widths(fields.size(), 0);
  if (options.header) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      widths[i] = util::display_width(field_name(fields[i]));
    }
  }
  for (const auto* event : events) {
    auto& row = rows.emplace_back();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      row.push_back(one_line(field_value(*event, fields[i], ", ")));
      widths[i] = std::max(widths[i], util::display_width(row.back()));
    }
  }
  if (options.width > 0) {
    fit(widths, fields, options.width);
  }
  const auto write_row = [&](const std::vector<std::string>& cells, const auto& style_of) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const auto text = util::truncate_to_width(cells[i], widths[i]);
      const bool last = i + 1 == cells.size();
      line += styled(text, style_of(i), options.color);
      if (!last) {
        line.append(widths[i] - util::display_width(text) + gap, ' ');
      }
    }
    while (!line.empty() && line.back() == ' ') { // an empty last cell leaves no trailing blanks
      line.pop_back();
    }
    out << line << '\n';
  };
  if (options.header) {
    std::vector<std::string> names;
    for (const auto field : fields) {
      names.emplace_back(field_name(field));
    }
    write_row(names, [](std::size_t) { return header_style(); });
  }
  for (std::size_t r = 0; r < rows.size() && out; ++r) {
    write_row(rows[r], [&](std::size_t i) {
      return fields[i] == Field::type ? type_color(events[r]->type) : std::string_view();
    });
  }
}

} // namespace accords::render
